# split / rsplit / splitlines / join.
s = "  a  b c   d  "
print(s.split(), s.split(" "), s.split(" ", 2), s.rsplit(None, 1), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), "".split(), "".split(","))
print("abcXXdefXXg".split("XX"), "aaa".split("a"), "a b c".split(maxsplit=1))
print("1\t2\n3\x0b4\x0c5\r6 7".split(), "x".split("x"), "x".rsplit("x", 5))
print("a\nb\r\nc\rd\n\ne".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x".splitlines())
print("one\u2028two\x1cthree".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "é".join("abc"), " ".join(["", ""]))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("a b c d".rsplit(" ", 0), "a b c d".split(" ", -1), "日 本 語".split())
