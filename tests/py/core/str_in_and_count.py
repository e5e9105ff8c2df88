# Substring search with overlapping and empty patterns, long haystacks.
hay = "ab" * 1000 + "needle" + "ab" * 1000
print(len(hay), "needle" in hay, hay.find("needle"), hay.count("ab"), hay.rfind("ab"), hay.index("ba"))
print("aaaaa".count("aa"), "aaaaa".find("aaa", 1), "aaaaa".rfind("aaa"), "".count(""), "abc".count("", 1))
print("".find(""), "".find("a"), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1, 2))
print("mississippi".split("ss"), "mississippi".replace("ss", "SS", 1), "mississippi".count("i", 2, 8))
print("x" * 50 + "y" in "x" * 100, "x" * 50 + "y" in "x" * 100 + "y")
