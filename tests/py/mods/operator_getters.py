import operator as op
g = op.itemgetter(1)
print(g, g([10, 20]), g("ab"), op.itemgetter(0, 2)("xyz"), op.itemgetter("k")({"k": 5}))
print(op.itemgetter(slice(1, 3))([1, 2, 3, 4]), repr(op.itemgetter(1, "a")), type(g), type(g).__name__)
rows = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(rows, key=op.itemgetter(1, 0)), max(rows, key=op.itemgetter(1)))
a = op.attrgetter("real")
print(a, a(3), op.attrgetter("real", "imag")(5), op.attrgetter("__class__.__name__")(1.5))
print(repr(op.attrgetter("a.b", "c")), op.attrgetter("upper")("x")())
m = op.methodcaller("split", ",")
print(m, m("a,b,c"), op.methodcaller("upper")("abc"), op.methodcaller("split", maxsplit=1)("a b c"))
print(repr(op.methodcaller("m", 1, "x", k=2, j=None)))
print(list(map(op.methodcaller("strip"), [" a ", "b  "])))
for f, args in [(op.itemgetter, ()), (op.attrgetter, ()), (op.attrgetter, (1,)), (op.methodcaller, ()),
                (op.methodcaller, (1,)), (g, ()), (g, (1, 2)), (g, ([],)), (g, (5,)), (a, ("s",)),
                (op.attrgetter("x.y"), (1,)), (m, (5,)), (op.itemgetter("z"), ({},))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    g(x=1)
except TypeError as e:
    print(type(e).__name__, e)
