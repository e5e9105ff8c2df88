# comprehension scope: own locals, first iterable evaluated outside, closures
x = "outer"
r = [x for x in range(3)]
print(r, x)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    fs = [lambda: i for i in range(3)]
    return [h() for h in fs]
print(g())
def h(n):
    return [[i * j for j in range(n)] for i in range(n)]
print(h(3))
def k():
    data = [1, 2, 3]
    return {v: [w for w in data if w != v] for v in data}
print(k())
print([(lambda: z)() for z in range(2)])
t = [n for n in range(4)]
try:
    print(n)
except NameError as e:
    print("NameError", e)
def outer():
    items = [3, 1, 2]
    return sorted(v for v in items)
print(outer())
total = 0
print([total := total + v for v in [1, 2, 3]], total)
def uses_walrus():
    found = [m for m in range(10) if (sq := m * m) > 20]
    return found, sq
print(uses_walrus())
try:
    [1 for q in 5]
except TypeError as e:
    print("TypeError", e)
def err():
    return [1 / d for d in [1, 0]]
try:
    err()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
