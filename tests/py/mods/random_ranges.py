import random
random.seed(5)
out = []
for i in range(30):
    out.append(random.randrange(10))
print(out)
out = []
for i in range(20):
    out.append(random.randint(1, 6))
print(out)
print(random.randrange(0, 100, 7), random.randrange(100, 0, -3), random.randrange(-50, 50))
print(random.randrange(2**70), random.randint(-10**20, 10**20), random.randrange(3, 4))
print(random.randrange(10, 20, 2), random.randint(0, 0))
for args in [(0,), (-5,), (5, 5), (5, 1), (1, 10, 0), (1, 10, -1)]:
    try:
        print(random.randrange(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    random.randrange(10, step=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.randint(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    random.randint(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
