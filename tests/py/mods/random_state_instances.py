import random
r1 = random.Random(123)
r2 = random.Random(123)
print(r1.random() == r2.random(), r1.randint(1, 100), r2.randint(1, 100))
st = r1.getstate()
print(st[0], len(st[1]), st[2], st[1][-1])
a = []
for i in range(5):
    a.append(r1.random())
r1.setstate(st)
b = []
for i in range(5):
    b.append(r1.random())
print(a == b, a[0])
random.seed(8)
g1 = random.gauss()
s = random.getstate()
g2 = random.gauss()
random.setstate(s)
print(random.gauss() == g2, s[2] is not None)
r3 = random.Random("seed")
print(r3.random(), r3.choice("abc"), r3.sample(range(5), 2))
r4 = random.Random()
print(type(r4.random()).__name__, type(r4).__name__)
try:
    r1.setstate((7, (), None))
except ValueError as e:
    print(type(e).__name__, e)
r5 = random.Random(0)
r5.seed(1)
print(r5.random() == random.Random(1).random())
