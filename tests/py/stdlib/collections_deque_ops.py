from collections import deque

d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0); d.rotate(6)
print(d)
d.reverse()
print(d)
d.insert(2, 'x')
d.insert(-1, 'y')
d.insert(100, 'z')
print(d)
d.remove('x')
print(d)
try:
    d.remove('nope')
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.index('nope')
except ValueError as e:
    print(type(e).__name__, e)
print(d.index(3), d.index(3, 1), d.count('y'))
e = d.copy()
print(e == d, e is d, deque([1]) == deque([1]), deque([1]) == [1], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([2]) >= deque([1, 9]))
print(deque([1]) + deque([2]), deque([1, 2]) * 2, 2 * deque([0]))
f = deque([1])
f += [2, 3]
f *= 2
print(f)
try:
    deque([1])[0:1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(deque())
except TypeError as e:
    print(type(e).__name__)
try:
    for x in f:
        f.append(1)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    deque([1]) + [2]
except TypeError as e:
    print(type(e).__name__, e)
