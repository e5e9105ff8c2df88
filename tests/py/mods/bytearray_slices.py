ba = bytearray(range(10))
ba[2:5] = b""
print(ba)
ba[0:0] = b"\xff\xfe"
print(ba)
ba[-2:] = [1, 2, 3]
print(ba)
ba[::3] = bytes(len(ba[::3]))
print(ba)
del ba[::2]
print(ba, len(ba))
ba[1:3] = bytearray(b"xy")
print(ba, ba[::-1], ba[1:-1:2])
