# subset/superset comparisons between set, frozenset and other types
a, b, c = {1, 2}, {1, 2, 3}, frozenset({1, 2})
print(a < b, a <= b, b > a, b >= a, a == c, a != c, c <= a, c < a)
print(a < a, a <= a, b < a, set() < a, set() <= set(), frozenset() < c)
print({1, 5} < b, {1, 5} > b, {1, 5} == b, {1, 5}.issubset(b), b.issuperset({1, 5}))
print(a == [1, 2], a != (1, 2), a == {1: None, 2: None}.keys())
for op in ["<", "<=", ">", ">="]:
    try:
        print({1}.__class__, op, eval("{1} %s [1]" % op) if False else "skip")
    except TypeError as e:
        print(e)
try:
    {1} <= [1]
except TypeError as e:
    print("TypeError", e)
try:
    frozenset() > (1,)
except TypeError as e:
    print("TypeError", e)
