import struct
cases = [
    lambda: struct.pack('b', 200), lambda: struct.pack('B', -1), lambda: struct.pack('h', 70000), lambda: struct.pack('<H', 70000),
    lambda: struct.pack('i', 2**31), lambda: struct.pack('<I', 2**32), lambda: struct.pack('I', -1), lambda: struct.pack('q', 2**63),
    lambda: struct.pack('Q', -1), lambda: struct.pack('<l', 2**31), lambda: struct.pack('L', -1), lambda: struct.pack('i', 'a'),
    lambda: struct.pack('i', 1.5), lambda: struct.pack('i'), lambda: struct.pack('i', 1, 2), lambda: struct.pack('f', 'x'),
    lambda: struct.pack('s', 1), lambda: struct.pack('c', b'ab'), lambda: struct.pack('e', 1e10), lambda: struct.pack('<f', 1e300),
    lambda: struct.unpack('i', b'ab'), lambda: struct.calcsize('z'), lambda: struct.calcsize('<n'), lambda: struct.unpack_from('i', b'ab', 0),
    lambda: struct.unpack_from('i', b'abcdef', 4), lambda: struct.iter_unpack('i', b'abc'), lambda: struct.pack_into('i', bytearray(5), 2, 1),
    lambda: struct.pack_into('i', b'xxxxx', 0, 1), lambda: struct.pack(), lambda: struct.pack(1), lambda: struct.unpack('i'),
    lambda: struct.iter_unpack('', b''), lambda: struct.pack('3i', 1), lambda: struct.unpack('i', 'abcd'), lambda: struct.pack('2'),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    struct.pack('b', 999)
except struct.error as e:
    print('caught', type(e).__name__, isinstance(e, Exception), e)
