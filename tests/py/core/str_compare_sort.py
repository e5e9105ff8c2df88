# String ordering is by code point; sorting mixed-case and non-ASCII words.
words = ["zeta", "Alpha", "alpha", "Éclair", "eclair", "beta", "", "日本", "a", "B", "10", "9", "ζ"]
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words), "a" < "B", "B" < "a", "10" < "9", "abc" < "abcd")
print("Z" < "a" < "z" < "é" < "ζ" < "日" < "😀")
print(["b", "a"] < ["b", "b"], ("a", 1) < ("a", 2), "ab" == "a" + "b", "ab" != None)
