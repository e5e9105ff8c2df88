# divmod, pow, round on ints, chr/ord round trips, hex/oct/bin.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 65, 7), divmod(7.5, -2))
print(pow(2, 8), pow(2, 8, 7), pow(-2, 5), pow(2.0, 3), pow(9, 0.5))
print(round(7), round(-7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), type(round(5, 1)))
for cp in [0, 9, 32, 65, 126, 127, 160, 255, 256, 0x3b1, 0x4e00, 0xffff, 0x10000, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, hex(cp), oct(cp), bin(cp))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
