# Case methods and character-class predicates.
for s in ["hello World", "ÉCOLE été", "they're bill's", "123abc", "", "a1b2 c3", "ÀB çD"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
for s in ["123", "abc", "abc123", "   ", "", "ABC", "abc", "Abc", "é", "É", " \t\n", "a b", "A1", "_"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
print("hello".startswith("he"), "hello".startswith("lo", 3), "hello".endswith("lo"), "hello".endswith("he", 0, 2))
print("hello".startswith(("x", "h")), "hello".endswith(("x", "y")), "hello".startswith(""), "".endswith(""))
print("hello".startswith("ell", 1, 3), "hello".endswith("l", -2, -1), "abc".startswith("abcd"))
try:
    "hello".startswith(["h"])
except TypeError as e:
    print(type(e).__name__, e)
