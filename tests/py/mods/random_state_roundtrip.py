import random
random.seed(99)
state = random.getstate()
first = []
for i in range(10):
    first.append(random.randint(0, 1000))
random.setstate(state)
second = []
for i in range(10):
    second.append(random.randint(0, 1000))
print(first == second, first)
r = random.Random()
r.setstate(state)
print(r.randint(0, 1000) == first[0], r.random())
r.seed(5, version=2)
print(r.random(), random.Random(5).random())
