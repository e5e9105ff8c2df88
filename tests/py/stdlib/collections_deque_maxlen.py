from collections import deque

d = deque(maxlen=3)
for i in range(6):
    d.append(i)
print(d, d.maxlen)
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
print(deque([1, 2, 3, 4, 5], 2))
print(deque([1], maxlen=3), repr(deque(maxlen=0)))
z = deque(maxlen=0)
z.append(1)
print(z)
try:
    d.insert(0, 5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.maxlen = 5
except AttributeError as e:
    print(type(e).__name__)
last3 = deque(maxlen=3)
for line in ['a', 'b', 'c', 'd', 'e']:
    last3.append(line)
print(list(last3))
