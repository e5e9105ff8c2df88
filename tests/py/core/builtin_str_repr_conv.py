# str() and repr() of numbers, containers and nested mixes.
vals = [0, -5, 2 ** 65, 1.0, -2.5e-7, 1e22, True, None, "s", "", [1, "a"], (1,), (), {"k": [1.5]}, range(3), [[], ()]]
for v in vals:
    print(str(v), repr(v), len(str(v)))
print(str([1.0, 1e16, "q'"]), repr(("a", ["b"])))
print(str(-0.0), str(float("-inf")), repr(float("nan")), str(10 ** 20 * 1.0))
