# TypeError messages for bad calls.
def two(a, b):
    return a + b
def kwonly(a, *, k):
    return a
def dflt(a, b=1):
    return a
cases = ["two(1)", "two(1, 2, 3)", "two()", "two(1, b=2, a=3)", "two(1, c=2)",
         "kwonly(1)", "kwonly(1, 2)", "dflt()", "dflt(1, 2, 3)", "len()", "len(1, 2)", "len(5)",
         "abs('x')", "two(*5)", "two(**{1: 2})", "dflt(1, **{'b': 2}, b=3)", "None()", "(5)()", "'s'()"]
for c in cases:
    try:
        if c == "two(1)":
            two(1)
        elif c == "two(1, 2, 3)":
            two(1, 2, 3)
        elif c == "two()":
            two()
        elif c == "two(1, b=2, a=3)":
            two(1, b=2, a=3)
        elif c == "two(1, c=2)":
            two(1, c=2)
        elif c == "kwonly(1)":
            kwonly(1)
        elif c == "kwonly(1, 2)":
            kwonly(1, 2)
        elif c == "dflt()":
            dflt()
        elif c == "dflt(1, 2, 3)":
            dflt(1, 2, 3)
        elif c == "len()":
            len()
        elif c == "len(1, 2)":
            len(1, 2)
        elif c == "len(5)":
            len(5)
        elif c == "abs('x')":
            abs("x")
        elif c == "two(*5)":
            two(*5)
        elif c == "two(**{1: 2})":
            two(**{1: 2})
        elif c == "dflt(1, **{'b': 2}, b=3)":
            dflt(1, **{"b": 2}, b=3)
        elif c == "None()":
            x = None
            x()
        elif c == "(5)()":
            x = 5
            x()
        else:
            x = "s"
            x()
    except TypeError as e:
        print(c, "->", type(e).__name__, e)
