x = 10
print(eval("x + 1"), eval("  y * 2", {"y": 4}), eval("a+b", {"a": 1}, {"b": 2}))
g = {}
exec("def f(n):\n    return n * 3\nz = f(5)", g)
print(g["z"], g["f"](2), "__builtins__" in g)
c = compile("q = 7", "<cfg>", "exec")
ns = {}
exec(c, ns)
print(ns["q"], type(c).__name__)
print(eval(compile("1 + 2", "<e>", "eval")))
def inner():
    loc = 5
    return eval("loc * 2")
print(inner())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print("ValueError:", e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print("ValueError:", e)
try:
    eval(3)
except TypeError as e:
    print("TypeError:", e)
exec("w = 1")
print(w)
class K:
    exec("inside = 3")
print(K.inside)
