# Concatenation, repetition, membership, comparison, iteration.
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * -1 == "", a * 0, "ab" * 1)
print("o" in a, "oo" in a, "" in a, "x" not in a, "foob" in a + b)
print(a < b, a > b, "a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
print("é" > "z", "日" > "é", "abc" == "abc", "abc" != "ABC", "a" <= "a")
print(min("hello"), max("hello"), sorted("hello"), list("héé"))
for ch in "aé✓":
    print(ch, ord(ch))
print(chr(65), chr(233), chr(0x1F600), chr(0), repr(chr(127)), ord("\n"))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" + 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("a" * "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 in "abc")
except TypeError as e:
    print(type(e).__name__, e)
x = "ab"
x += "cd"
x *= 2
print(x, len(x), str(), str(12), str(-1.5), str(None), str(True), str("s"))
