# Assignment forms: chained, tuple/list unpacking, nested, swaps, starred.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
[s, [t, u]] = ["s", ("t", "u")]
print(p, q, r, s, t, u)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
h, *mid, tl = range(5)
print(first, rest, init, last, h, mid, tl)
m, n = "hi"
print(m, n)
k, v = {"key": 1, "val": 2}
print(k, v)
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
i = 0
i, lst[i] = 1, "z"
print(i, lst)
for (e, f), g in [((1, 2), 3), ((4, 5), 6)]:
    print(e + f + g)
for bad in ([1, 2, 3], [1], 5):
    try:
        aa, bb = bad
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    aa, bb, *cc = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
