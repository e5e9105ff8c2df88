class Lazy:
    def __init__(self):
        self.loaded = []
    def __getattr__(self, name):
        if name.startswith("bad"):
            raise AttributeError(name)
        self.loaded.append(name)
        return name.upper()
l = Lazy()
print(l.foo, l.bar, l.loaded, hasattr(l, "bad_x"), getattr(l, "bad_y", "default"))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        object.__getattribute__(self, "_log").append("get " + name)
        return getattr(object.__getattribute__(self, "_target"), name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append("del " + name)
        delattr(self._target, name)
class T:
    pass
t = T()
p = Proxy(t)
p.x = 1
print(p.x, t.x)
del p.x
print(hasattr(t, "x"), p._log)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, k, v):
        raise AttributeError("frozen: " + k)
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print("AttributeError:", e)
print(f.v)
