import random
random.seed(7)
for k in [0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 128, 200, 1000]:
    print(k, random.getrandbits(k))
try:
    random.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
r = random.Random(2024)
print(r.getrandbits(90), r.getrandbits(3))
