# get_threshold/set_threshold round trip (the default differs between
# implementations: only its shape is printed).
import gc

t = gc.get_threshold()
print(type(t).__name__, len(t), all(type(x) is int for x in t))
orig = t

gc.set_threshold(100, 5, 3)
print(gc.get_threshold())
gc.set_threshold(50)
print(gc.get_threshold())
gc.set_threshold(60, 7)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold())
gc.set_threshold(-5, 0, 0)
print(gc.get_threshold())
gc.set_threshold(True, False)
print(gc.get_threshold())
gc.set_threshold(2**31 - 1, 2**31 - 1, -2**31)
print(gc.get_threshold())

gc.set_threshold(*orig)
print(gc.get_threshold() == orig)

# get_count: three non-negative ints.
c = gc.get_count()
print(type(c).__name__, len(c), all(type(x) is int and x >= 0 for x in c))
gc.collect()
print(gc.get_count()[1:])
