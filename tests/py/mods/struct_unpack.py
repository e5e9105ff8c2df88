import struct
print(struct.unpack('<i', b'\x01\x00\x00\x00'), struct.unpack('>hHi', b'\xff\xfe\x00\x01\x00\x00\x00\x05'), struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
for fmt, vals in [('<bBhHiIqQ', (-1, 255, -300, 65535, -70000, 4000000000, -2**63, 2**64 - 1)), ('>fd', (1.5, -0.1)), ('<e', (0.1,)),
                  ('?c5s3p', (True, b'z', b'abc', b'hello')), ('@bi', (1, 2)), ('!3H', (1, 2, 3))]:
    packed = struct.pack(fmt, *vals)
    print(fmt, packed, struct.unpack(fmt, packed))
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', 1), struct.unpack_from('<h', b'\x00\x01\x02\x03', offset=2), struct.unpack_from('B', bytearray(b'\x07')))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), list(struct.iter_unpack('2B', b'abcd')))
buf = bytearray(8)
struct.pack_into('<hi', buf, 1, 5, -1)
print(buf)
s = struct.Struct('<Ih')
print(s.size, s.format, s.pack(7, -7), s.unpack(s.pack(7, -7)), s.unpack_from(b'\x00' + s.pack(1, 2), 1), list(s.iter_unpack(s.pack(1, 2) * 2)))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<d', struct.pack('<d', 1e-310)))
