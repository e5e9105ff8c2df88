# len, min, max (key=, default=), sum (start), abs.
print(len("abc"), len([1, 2]), len(()), len({"a": 1}), len(range(0, 100, 7)), len("日本"))
print(min(3, 1, 2), max(3, 1, 2), min([5, -2, 8]), max("hello"), min("b", "a", "c"), max((1, 2), (1, 3)))
print(max([1, -5, 3], key=abs), min(["ccc", "a", "bb"], key=len), max(["aa", "b", "cc"], key=len))
print(min([], default="empty"), max([], default=None), max([7], default=0), min((), key=abs, default=-1))
print(max(1, 2.5), min(2, 2.0), max(2.0, 2), max(True, 1), min([[3], [1, 2]]))
print(sum([1, 2, 3]), sum([]), sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []), sum(range(10), start=5))
print(sum([2 ** 64, 2 ** 64, -1]), sum([1, 2.5, True]), sum(((1, 2), (3,)), ()))
print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-(2 ** 100)), abs(True), abs(-0.0))
for args in ([], ()):
    try:
        min(args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
