# Unicode database behaviour beyond Latin-1: special casing, digits, printability in repr.
for s in ["ß", "ﬁ", "İ", "ǅ", "ΣΑΣ", "straße"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize())
for s in ["١٢٣", "²", "½", "日本", "Ⅻ", "\u00a0", "\u2003", "\u3000"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
for s in ["\u200b", "\xa0", "\u2028", "\U000e0001", "\u0378", "\ue000", "\u00ad", "\U0001f600", "\u0301"]:
    print(repr(s), len(s))
print("a\u2003b".split(), "x\u3000y".strip("xy") == "\u3000")
