# Indexing and slicing by code point, including non-ASCII text.
s = "héllo wörld ✓ 日本"
print(len(s), s[0], s[1], s[-1], s[-2], s[12], s[6:11])
print(s[::2], s[::-1], s[1:10:3], s[-3:], s[:-3], s[100:], s[-100:3])
print(s[5:1], s[5:1:-1], s[::-3], s[len(s):], repr(s[3:3]))
e = "😀a😀b"
print(len(e), e[0], e[1], e[2:], e[::-1])
print("abc"[0:2] + "abc"[2], "x" * 0 == "", "abcdef"[-2:-5:-1])
for i in [-5, 5, 100]:
    try:
        print("abcde"[i])
    except IndexError as ex:
        print(type(ex).__name__, ex)
try:
    i = 1.0
    print("abc"[i])
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    print("abc"[::0])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    s[0] = "H"
except TypeError as ex:
    print(type(ex).__name__, ex)
print("abcdefgh"[slice(1, 7, 2)], "abc"[slice(None)], "abcdef"[slice(-1, None, -2)])
