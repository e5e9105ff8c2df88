# Slice get / set / del with steps.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-3:], a[-100:100], a[5:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 11, 12]
print(b)
b[:] = [1, 2, 3]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
c[::-3] = [0, 0, 0, 0]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
del d[::-1]
print(d)
e = list(range(6))
e[4:1] = ["in"]
print(e)
e[-2:] = []
print(e)
e[10:] = [99]
print(e)
f = [1, 2, 3]
f[1:2] = f
print(f)
for i in (3, -4):
    try:
        print([1, 2, 3][i])
    except IndexError as ex:
        print(type(ex).__name__, ex)
try:
    del f[20]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    f[20] = 1
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    print(f["a"])
except TypeError as ex:
    print(type(ex).__name__, ex)
