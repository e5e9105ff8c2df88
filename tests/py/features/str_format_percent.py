print("%s is %d years and %.1f%%" % ("bob", 30, 99.5))
print("%(a)s-%(b)05d" % {"a": "x", "b": 42})
print("%-6s|%6s|%06.2f|%+d|% d|%x|%X|%o|%e|%g|%c" % ("l", "r", 3.14159, 5, 5, 255, 255, 8, 12345.678, 0.00001234, 65))
print("%r %a %i %u" % ("q", "é", 3, 4))
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"), "{name}!".format(name="hi"))
print("{:<5}|{:>5}|{:^5}|{:05}|{:+.2f}|{:,}|{:.2%}|{:x}".format("a", "b", "c", 42, 2.5, 10**6, 0.256, 255))
print("{0[0]} {0[key]} {1.real}".format({0: "zero", "key": "val"}, 3 + 4j))
print("{:{w}.{p}f}".format(3.14159, w=10, p=3), "{!r:>8}".format("s"))
print("{a} {b}".format_map({"a": 1, "b": 2}))
for bad in [lambda: "%d" % "x", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "{} {0}".format(1, 2), lambda: "{".format(1), lambda: "{x}".format(y=1)]:
    try:
        bad()
    except (TypeError, ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)
