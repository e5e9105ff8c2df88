# printf-style formatting: str % args
print("%s and %r" % ("text", "text"), "%d%%" % 50, "%5s|%-5s|" % ("ab", "cd"))
print("%d %i %u" % (1, -2, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8), "%.3d" % 7, "%08.3d" % -7)
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 2.5, 1.0, 2.25, 12345.678, 0.000123, 1e-5, 1e20))
print("%+.1f % .1f %05.1f %#.0f" % (1.25, 1.25, -1.5, 3.0))
print("%c%c%c" % (72, "i", 0x263A), "%.2s" % "abcdef", "%-6.3s|" % "abcdef")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7}, "%(x)r" % {"x": [1]})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % (("tuple",),), "%s" % [1, 2], "%s" % None, "%r" % {"a": 1})
print("%d" % 3.99, "%d" % True, "%x" % -255, "%s %s" % (1.5, 2**70))
print("%a" % "é", "%5.1f%%" % 99.44, "abc" % (), "abc" % [1])
cases = [
    ("%d", ("x",)), ("%x", (1.5,)), ("%f", ("x",)), ("%s %s", ("a",)), ("%s", ("a", "b")),
    ("%", ()), ("%(a)s", (1,)), ("%z", (1,)), ("%c", ("ab",)), ("%c", (-1,)), ("%*d", ("a", 1)),
    ("%(a)s", ({},)), ("abc", (5,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", fmt % (args if len(args) != 1 else args[0]))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)
try:
    print(5 % "a")
except TypeError as e:
    print("TypeError", e)
