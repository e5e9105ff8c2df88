import random
random.seed(10)
print(random.randbytes(0), random.randbytes(1), random.randbytes(5), random.randbytes(16).hex())
r = random.Random("x")
print(r.randbytes(7), len(r.randbytes(100)))
try:
    random.randbytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
