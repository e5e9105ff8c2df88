# set methods, in-place operators and errors
s = {1, 2, 3}
print(s.copy(), s.copy() is s)
f = frozenset(s)
print(f.copy() is f, frozenset(f) is f)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
s.discard(42)
print(s.pop(), s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
s = set(range(10))
s.clear()
print(s, len(s))
print({1, 2}.isdisjoint({3}), {1, 2}.isdisjoint([2]), set().isdisjoint(set()))
print({1, 2}.issubset([1, 2, 3]), {1, 4}.issubset(range(3)), {1, 2}.issuperset((1,)))
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} > {1}, {1} >= {2})
print(frozenset({1}) < {1, 2}, {1, 2} > frozenset())
print(type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__)
print(type(frozenset({1}).union([2])).__name__, type({1}.union(frozenset())).__name__)
cases = [
    ('{1}.add()', lambda: {1}.add()),
    ('{1}.add(1, 2)', lambda: {1}.add(1, 2)),
    ('{1}.union(x=1)', lambda: {1}.union(x=1)),
    ('{1}.pop(1)', lambda: {1}.pop(1)),
    ('{[]}', lambda: {[]}),
    ('{1} | [2]', lambda: {1} | [2]),
    ('{1} < 3', lambda: {1} < 3),
    ("{1} - 'a'", lambda: {1} - 'a'),
    ('set(1)', lambda: set(1)),
    ('set([], [])', lambda: set([], [])),
    ('set(x=1)', lambda: set(x=1)),
    ('frozenset(1)', lambda: frozenset(1)),
    ('{1}.update(5)', lambda: {1}.update(5)),
    ('{1}.issubset(3)', lambda: {1}.issubset(3)),
    ('hash({1})', lambda: hash({1})),
    ('{1} in {1}', lambda: {1} in {1}),
    ('frozenset().add', lambda: frozenset().add),
    ('{1}.remove([])', lambda: {1}.remove([])),
    ('{1}.isdisjoint(None)', lambda: {1}.isdisjoint(None)),
    ('[1] & {1}', lambda: [1] & {1}),
]
for text, fn in cases:
    try:
        print(text, "->", fn())
    except Exception as e:
        print(text, "->", type(e).__name__, e)
print({1} in {frozenset({1})}, frozenset({1}) in [{1}])
x = {frozenset({1})}
x.discard({1})
print(x)
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__())
s = {1, 2}
it = iter(s)
next(it)
s.add(3)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
