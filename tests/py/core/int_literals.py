# Integer literal forms and hex/oct/bin conversions.
print(0x1F, 0o17, 0b1010, 1_000, 0xdead_beef, 0B11, 0O7, 0XA)
print(hex(255), hex(-255), hex(0), hex(2 ** 64))
print(oct(8), oct(-8), oct(0), bin(5), bin(-5), bin(0), bin(2 ** 65))
print(99999999999999999999999999999999)
print(0, 00, 0_0)
print(int(hex(12345), 16), int(bin(-77), 2), int(oct(4096), 8))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
