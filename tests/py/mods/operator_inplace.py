import operator as op
a = [1]
b = op.iadd(a, [2, 3])
print(a, b, a is b)
s = "x"
t = op.iadd(s, "y")
print(s, t)
n = 5
print(op.isub(n, 2), op.imul(n, 3), op.itruediv(n, 2), op.ifloordiv(n, 2), op.imod(n, 3), op.ipow(n, 2))
print(op.ilshift(1, 3), op.irshift(16, 2), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.__iadd__([0], [1]))
d = {}
op.setitem(d, "k", [])
op.getitem(d, "k").append(1)
print(d, op.length_hint(range(10)), op.length_hint(iter(range(3))), op.contains(range(5), 3), op.matmul if False else 0)
try:
    op.matmul(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
