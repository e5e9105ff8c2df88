class C:
    cls_attr = 1
    def method(self):
        return 2
c = C()
setattr(c, "dyn", 5)
print(getattr(c, "dyn"), getattr(c, "cls_attr"), getattr(c, "missing", None), hasattr(c, "method"))
delattr(c, "dyn")
print(hasattr(c, "dyn"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(c, 3)
except TypeError as e:
    print("TypeError:", e)
c.a = 1
c.b = 2
print(vars(c), c.__dict__ is vars(c))
names = []
for n in dir(c):
    if not n.startswith("__"):
        names.append(n)
print(names)
print("cls_attr" in dir(C), "method" in dir(C), "__init__" in dir(C))
try:
    vars(3)
except TypeError as e:
    print("TypeError:", e)
print(C.__dict__["cls_attr"], type(C.__dict__["method"]).__name__)
setattr(C, "added", 10)
print(c.added, C.added)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
