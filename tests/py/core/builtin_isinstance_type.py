# type() and isinstance(), including tuples of types and bool being an int.
for v in [1, 1.5, "s", True, None, [], (), {}, range(1), slice(1), 2 ** 100, len, print]:
    print(type(v))
print(type(type(1)), type(1) is int, type(True) is bool, type(True) is int, type(None).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool))
print(isinstance(1.0, int), isinstance(1, float), isinstance("s", (int, str)), isinstance([], (tuple, dict)))
print(isinstance(None, type(None)), isinstance(1, (float, (str, int))), isinstance(ValueError(), Exception))
print(int, str, float, bool, list, tuple, dict, range, type, object, Exception, ValueError)
print(type("x") == str, type(1) != float, bool.__name__, int.__name__, type(ValueError("x")))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, float)))
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
