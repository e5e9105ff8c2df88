from types import SimpleNamespace

ns = SimpleNamespace(a=1, b='two')
print(ns, repr(ns))
print(ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, sorted(vars(ns)))
print(SimpleNamespace(), SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) == SimpleNamespace(x=2))
try:
    ns.missing
except AttributeError as e:
    print(type(e).__name__)
try:
    hash(ns)
except TypeError as e:
    print(type(e).__name__)

class Config(SimpleNamespace):
    pass

cfg = Config(debug=True)
print(cfg, cfg.debug, isinstance(cfg, SimpleNamespace))
nested = SimpleNamespace(inner=SimpleNamespace(v=1))
print(nested)
print(nested.__dict__)
