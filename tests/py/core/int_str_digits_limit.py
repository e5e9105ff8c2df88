# int <-> str conversion of more than 4300 digits raises ValueError; up to 4300 is fine.
ok = int("7" * 4300)
print(len(str(ok)), str(ok)[:5], str(ok)[-5:])
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
big = 10 ** 4300
try:
    s = str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(big)
except ValueError as e:
    print(type(e).__name__, e)
print(hex(big)[:12], len(hex(big)), big.bit_length())
print(str(10 ** 4299)[:3], len(repr(10 ** 4299)))
