# growth, removal and re-insertion at larger sizes
s = set()
for i in range(0, 5000, 7):
    s.add(i * 31)
print(len(s), list(s)[:15], list(s)[-5:])
for i in range(0, 5000, 14):
    s.discard(i * 31)
print(len(s), list(s)[:15])
for i in range(100):
    s.add(i)
print(len(s), list(s)[:25])
t = set(s)
print(list(t)[:10] == list(s)[:10], len(t))
u = frozenset(range(1000)) - frozenset(range(0, 1000, 2))
print(len(u), list(u)[:12])
v = set(range(200)) & set(range(100, 300))
print(len(v), list(v)[:10])
w = set(range(10)) ^ set(range(5, 400))
print(len(w), list(w)[:10])
