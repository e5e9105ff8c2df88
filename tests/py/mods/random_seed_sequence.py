import random
for s in [0, 1, 2, 42, 12345, 2**32, 2**32 - 1, 2**64 + 7, 10**30, -5, True]:
    random.seed(s)
    print(s, random.random(), random.random(), random.getrandbits(32), random.getrandbits(7))
random.seed(99)
vals = []
for i in range(1000):
    vals.append(random.random())
print(vals[0], vals[500], vals[999], sum(vals))
