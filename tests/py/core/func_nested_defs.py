# Functions defined inside functions that do not capture outer locals; functions as values.
def outer(n):
    def helper(x, y):
        return x * 10 + y
    def other(x):
        return helper2(x) + 1
    return helper(n, other(n))
def helper2(x):
    return x
print(outer(3), outer(-1))
def apply(fn, args):
    return fn(*args)
def add3(a, b, c):
    return a + b + c
print(apply(add3, (1, 2, 3)), apply(max, [4, 9, 2]), apply(len, ["abc"]))
table = {"double": None, "neg": None}
def double(x):
    return 2 * x
def neg(x):
    return -x
table["double"] = double
table["neg"] = neg
for name in table:
    print(name, table[name](21))
fns = [abs, str, double]
print(len(fns), fns[2](fns[0](-4)), fns[1](-4))
def rebinds():
    def inner():
        return "first"
    a = inner()
    def inner():
        return "second"
    return a, inner()
print(rebinds(), double.__name__, outer.__name__)
print(double is table["double"], double == neg)
