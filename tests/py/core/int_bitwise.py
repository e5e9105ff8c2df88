# Shifts and bitwise operators on small, big and negative ints.
print(1 << 10, 1 << 64, 1 << 100, 255 >> 4, -1 >> 10, -256 >> 4, -5 >> 1)
print(2 ** 70 >> 60, -(2 ** 70) >> 65, 5 << 0, 0 << 1000)
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 & -10)
big = 2 ** 80 + 12345
print(big & 0xFFFF, big | 1, big ^ big, ~big, -big & 0xFF, big & -big)
print((2 ** 64 - 1) & -(2 ** 32), (-(2 ** 70)) | 5)
print(True & False, True | False, True ^ True, ~True)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -3
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 << 2)
except TypeError as e:
    print(type(e).__name__, e)
x = 6
x <<= 3
x |= 1
x ^= 0xF0
x &= 0x7F
x >>= 1
print(x)
