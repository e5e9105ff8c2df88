# Building strings: repetition tables, joins, reversing words, caesar shift, run-length.
rows = []
for i in range(1, 6):
    row = []
    for j in range(1, 6):
        row.append(str(i * j).rjust(3))
    rows.append("".join(row))
print("\n".join(rows))
sentence = "the quick brown fox jumps over the lazy dog"
words = sentence.split()
words.reverse()
print(" ".join(words), len(words))
def caesar(text, k):
    out = ""
    for ch in text:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
        else:
            out += ch
    return out
enc = caesar(sentence, 3)
print(enc, caesar(enc, -3) == sentence)
def rle(s):
    if not s:
        return ""
    out = []
    cur = s[0]
    n = 0
    for ch in s:
        if ch == cur:
            n += 1
        else:
            out.append(cur + str(n))
            cur = ch
            n = 1
    out.append(cur + str(n))
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("ééé日"))
counts = {}
for ch in sentence.replace(" ", ""):
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items())[:6], max(counts.values()))
