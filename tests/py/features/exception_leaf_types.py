cases = [
    ("ZeroDivisionError", lambda: 1 / 0),
    ("IndexError", lambda: [][0]),
    ("KeyError", lambda: {}["k"]),
    ("AttributeError", lambda: None.x),
    ("TypeError", lambda: "a" + 1),
    ("ValueError", lambda: int("z")),
    ("NameError", lambda: undefined_name),
    ("UnboundLocalError", None),
    ("StopIteration", lambda: next(iter([]))),
    ("RecursionError", None),
    ("OverflowError", lambda: 2.0 ** 5000),
    ("AssertionError", None),
    ("ModuleNotFoundError", lambda: __import__("no_such_module_xyz")),
    ("UnicodeDecodeError", lambda: b"\xff".decode("utf-8")),
    ("FileNotFoundError", lambda: open("/no/such/file/here")),
]
def unbound():
    print(x)
    x = 1
def recurse():
    return recurse()
def asserting():
    assert 1 > 2, "math broke"
extra = {"UnboundLocalError": unbound, "RecursionError": recurse, "AssertionError": asserting}
for name, fn in cases:
    fn = fn or extra[name]
    try:
        fn()
    except Exception as e:
        mro = [c.__name__ for c in type(e).__mro__]
        print(name, type(e).__name__ == name, mro[1:3])
print(issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), issubclass(KeyboardInterrupt, Exception))
try:
    raise SystemExit(3)
except BaseException as e:
    print(type(e).__name__, e.code)
