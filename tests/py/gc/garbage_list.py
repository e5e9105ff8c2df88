# gc.garbage stays empty after collecting cycles of objects with __del__
# (PEP 442); gc.DEBUG_SAVEALL makes the collector keep garbage there.
import gc

print(type(gc.garbage).__name__, gc.garbage)


class WithDel:
    count = 0

    def __del__(self):
        WithDel.count += 1


gc.collect()
for i in range(10):
    w = WithDel()
    w.me = w
del w
gc.collect()
print("finalized:", WithDel.count, "garbage:", gc.garbage)

# DEBUG_SAVEALL: list cycles go to gc.garbage instead of being freed.
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print("collected:", gc.collect())
print("saved:", len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
print(gc.get_debug())
del gc.garbage[:]
print("collected:", gc.collect(), gc.garbage)

# The flag constants.
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)

# gc.garbage is the same list every time.
import gc as gc2
print(gc2.garbage is gc.garbage)

for bad in ["x", 1.5, None]:
    try:
        gc.set_debug(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(gc.get_debug())
