# generator expressions
g = (x * x for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in range(10) if x % 2), tuple(c for c in "hi"))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print(sorted((y for y in [3, 1, 2]), reverse=True))
print(dict((k, len(k)) for k in ["aa", "b"]), set(x % 3 for x in range(9)))
print("-".join(str(i) for i in range(5)))
nested = ((i, j) for i in range(2) for j in range(i + 1))
print(list(nested))
def make():
    base = 100
    return (base + i for i in range(3))
print(list(make()))
it = iter([1, 2, 3])
g = (v for v in it)
print(next(g), next(it), list(g))
try:
    (x for x in 1)
except TypeError as e:
    print("TypeError", e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(g, "done"))
print(g.__name__, g.__qualname__)
def inside():
    return (i for i in range(1))
print(inside().__qualname__)
