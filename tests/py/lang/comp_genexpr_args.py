# generator expressions as the only argument, and with other arguments
print(sum(x for x in range(5)), sum((x for x in range(5)), 10))
print(sorted((x for x in "cba"), key=str.upper), list(reversed([x for x in range(3)])))
print(max((len(s), s) for s in ["aa", "b", "ccc"]), "".join(c * 2 for c in "ab"))
def f(*args, **kw):
    return [list(a) if hasattr(a, "__next__") else a for a in args], sorted(kw)
print(f((i for i in range(2)), 5, k=1))
print(dict(((k, v) for k, v in [("x", 1)]), y=2))
