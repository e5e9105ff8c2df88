# str.format and str.format_map
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{a}-{b}".format(a=1, b=2))
print("{0!r} {0!s} {0!a}".format("é"), "{:>6}|{:<6}|{:^6}|".format("ab", "cd", "ef"))
print("{:08.3f} {:+d} {:x} {:#b} {:,} {:.2%}".format(3.14159, 5, 255, 5, 1234567, 0.256))
print("{0[0]} {0[1]} {1[key]} {1[key]!r}".format([10, 20], {"key": "v"}))
print("{0.real} {0.imag}".format(5), "{.__name__}".format(int))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2), "{:{}}".format("z", 4), "{0:{1}}".format(7, 3))
print("{{}} {{{}}}".format(9), "no fields".format(1, 2))
print("{x}{y}".format_map({"x": 1, "y": 2}))
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Missing(a="A")))
print("{0:>{1}}".format("r", 5), "{:*^9}".format("mid"), "{:=+8}".format(-42))
cases = [
    ("{} {0}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{2}", (1,), {}), ("{x}", (), {}),
    ("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{0!}", (1,), {}), ("{0!rr}", (1,), {}),
    ("{0[}", ([1],), {}), ("{0.}", (1,), {}), ("{:d}", ("s",), {}), ("{:q}", (1,), {}),
    ("{0[0]x}", ([1],), {}), ("{0!r", (1,), {}), ("{0:", (1,), {}), ("{0!}}", (1,), {}), ("{0[}]}", ([1],), {}), ("{a.b}", (), {"a": 1}), ("{:{:{}}}", (1, 2, 3), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt), "->", fmt.format(*args, **kwargs))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)
try:
    "{0}".format_map({})
except ValueError as e:
    print("ValueError", e)
try:
    "{k}".format_map({})
except KeyError as e:
    print("KeyError", e)
