# strip family, replace, find/rfind/index/count.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("yx"), "abc".strip(""))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("x", "y"))
print("a.b.c".replace(".", ""), "héhé".replace("é", "e"), "aaaa".replace("aa", "b"), "abc".replace("", "-", 2))
t = "abracadabra"
print(t.find("a"), t.find("a", 1), t.find("a", 1, 3), t.find("z"), t.find(""), t.find("", 20))
print(t.rfind("a"), t.rfind("abra"), t.rfind("a", 0, 5), t.rfind("z"), t.rfind(""))
print(t.index("c"), t.rindex("b"), t.count("a"), t.count("abra"), t.count(""), t.count("a", 4, -1))
print(t.find("a", -3), t.count("aa"), "aaaa".count("aa"), "日本日本".find("本", 2))
try:
    t.index("z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.rindex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.find(1)
except TypeError as e:
    print(type(e).__name__, e)
