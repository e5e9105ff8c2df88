# Conditional expressions, and/or returning operands, not, is, chained comparisons.
print(1 if True else 2, "a" if 0 else "b", (1 if [] else 2) if None else 3)
print(0 or "x", "" or [] or 0, 5 and 6, 0 and 1/0, None or None, [1] and [], "a" or 1/0)
print(not 0, not "a", not not [], not None)
calls = []
def f(v):
    calls.append(v)
    return v
print(f(0) and f(1), f(2) or f(3), f(0) or f("") or f("end"))
print(calls)
print(1 < 2 < 3 < 4, 1 < 2 > 3, 5 > 3 == 3, 1 == 1 != 2, "a" < "b" <= "b" < "c")
calls = []
print(f(5) < f(1) < f(10))
print(calls)
x = None
print(x is None, x is not None, [] is [], len(calls) is not None, type(x) is type(None))
a = [1]
b = a
print(a is b, a == [1], a is [1], 3 in a, 1 in a, 1 not in a)
y = 2 if x is None else 3
z = "neg" if -1 < 0 else "pos"
print(y, z, True + (5 > 3), (1 < 2) == True)
