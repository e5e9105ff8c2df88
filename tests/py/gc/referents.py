# gc.get_referents / gc.get_referrers on simple containers.
import gc

a = [1]
b = {"k": "v"}
c = [a, b, "text"]

refs = gc.get_referents(c)
print(len(refs), any(r is a for r in refs), any(r is b for r in refs), "text" in refs)

d = {"key": a, "other": c}
refs = gc.get_referents(d)
print(any(r is a for r in refs), any(r is c for r in refs))

# Several arguments: the referents of each, concatenated.
refs = gc.get_referents([a], [b])
print(len(refs), refs[0] is a, refs[1] is b)

# Objects with no references to report.
print(gc.get_referents(1, "s", None, 2.5))

# A set and a frozenset report their members; a tuple its items.
x = (a, b)
print(sorted(map(id, gc.get_referents(x))) == sorted([id(a), id(b)]))
s = {"x", "y", "z"}
print(sorted(gc.get_referents(s)))
fs = frozenset([(1, "q"), "w"])
print(len(gc.get_referents(fs)))

# Referrers: every container holding the object.
target = ["target"]
holder1 = [target]
holder2 = {"t": target}
rr = gc.get_referrers(target)
print(any(r is holder1 for r in rr), any(r is holder2 for r in rr))
print(any(r is c for r in rr))

# After removing it from a container, that container no longer refers to it.
holder1.clear()
rr = gc.get_referrers(target)
print(any(r is holder1 for r in rr), any(r is holder2 for r in rr))

# An instance's referrers include a list holding it; get_referents of the
# instance includes its class.
class Thing:
    pass


t = Thing()
box = [t]
print(any(r is box for r in gc.get_referrers(t)))
print(any(r is Thing for r in gc.get_referents(t)))

# Referents of a function include its globals dict.
def f():
    return 1


print(any(r is globals() for r in gc.get_referents(f)))
