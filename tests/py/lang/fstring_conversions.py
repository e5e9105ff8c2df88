# !r, !s, !a conversions with specs
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
b = Both()
print(f"{b} {b!s} {b!r} {b!a}")
print(f"{b!r:>12}|{b!s:*<10}|")
s = "naïve ☃"
print(f"{s!r} {s!a} {s!s}")
print(f"{'quote\"s'!r}" if False else f"{chr(39)!r}")
print(f"{1.0!r} {[1.5]!s} {(None,)!a}")
