# % with mapping arguments
d = {"user": "bob", "n": 3, "ratio": 0.5}
print("%(user)s has %(n)d items (%(ratio).1f%%)" % d)
print("%(user)-6s|%(n)04d|%(user)r" % d)
print("%(a)s %(a)s" % {"a": "twice"})
print("%s" % {"k": "v"}, "%(k)s %%" % {"k": "v"})
try:
    "%(missing)s" % d
except KeyError as e:
    print("KeyError", e)
try:
    "%(a)s %s" % ({"a": 1},)
except TypeError as e:
    print("TypeError", e)
print("%(x)s" % {"x": [1, 2]}, "%(x)d" % {"x": 7})
