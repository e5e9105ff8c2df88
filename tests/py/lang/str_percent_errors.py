# % errors, with CPython's messages
cases = [
    ("%d", "str"), ("%i", [1]), ("%x", 2.5), ("%o", "8"), ("%f", "1.0"), ("%e", None),
    ("%s %s", ("one",)), ("%s", (1, 2)), ("no format", 1), ("%", ()), ("%5", (1,)),
    ("%q", 1), ("%c", "too long"), ("%c", 0x110000), ("%*s", ("w", "x")), ("%(k)s", 5),
    ("%.*f", (2.5, 1.0)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
