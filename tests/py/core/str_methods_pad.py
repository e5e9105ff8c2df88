# Padding, partition and expandtabs.
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6) + "]", "[" + "abc".center(2) + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, "-") + "]", "[" + "é".ljust(3, "日") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3), "-".zfill(3))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("key: value".partition(": "), "日本=語".partition("="))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(3)))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
