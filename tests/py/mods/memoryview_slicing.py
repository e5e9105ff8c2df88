data = bytearray(b"0123456789")
m = memoryview(data)
s = m[2:8]
print(s.tobytes(), s[0], s[-1], len(s), s[::2].tobytes(), s[::-1].tobytes(), m[::-3].tolist())
s[0] = ord("A")
s[1:3] = b"BC"
print(data, bytes(s), s == b"ABC567", s.hex())
m2 = memoryview(b"abc")
print(m2.readonly, m2.tolist(), list(m2), m2[1:].obj is m2.obj)
