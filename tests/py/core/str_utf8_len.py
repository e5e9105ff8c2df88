# Length and iteration count code points, not bytes.
words = ["", "a", "é", "日本語", "😀😀", "naïve café", "ЖжЖ", "\u0301e"]
for w in words:
    n = 0
    for ch in w:
        n += 1
    print(repr(w), len(w), n, w.upper(), w[::-1])
s = "aé日😀"
i = 0
while i < len(s):
    print(i, s[i], ord(s[i]), hex(ord(s[i])))
    i += 1
print("日本語".find("語"), "日本語".index("本"), "日本語".replace("本", "X"), "ÀÉ".lower())
