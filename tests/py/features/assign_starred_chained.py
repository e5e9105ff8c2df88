a, *b, c = range(6)
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *_ = [9]
print(first, _)
x = y = z = [1]
x.append(2)
print(y, z is x)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
m, n = n, m = 1, 2
print(m, n)
