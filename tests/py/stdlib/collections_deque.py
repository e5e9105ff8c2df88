from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1); d.append(2); d.appendleft(0)
print(d, d[0], d[1], d[-1], len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend([5, 6, 7]); d.extendleft([9, 8])
print(d)
d[0] = 'first'
del d[1]
print(d, 5 in d, 42 in d)
print(list(d), list(reversed(d)), d.count(5), d.index(6))
d.clear()
print(d)
try:
    d.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    d.popleft()
except IndexError as e:
    print(type(e).__name__, e)
try:
    d[0]
except IndexError as e:
    print(type(e).__name__, e)
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
total = 0
while big:
    total += big.popleft()
    if big:
        total += big.pop()
print(total, len(big))
print(deque('abc'), deque(range(3)), deque((1, 2)))
