import struct
print(struct.pack('i', 1), struct.pack('<i', -2), struct.pack('>i', 258), struct.pack('!H', 513), struct.pack('=q', -1))
print(struct.pack('<bBhHiIqQ', -1, 255, -300, 65535, -70000, 4000000000, -2**63, 2**64 - 1))
print(struct.pack('>fd', 1.5, -0.1), struct.pack('<e', 0.1), struct.pack('<e', 65504.0), struct.pack('<e', 1e-8), struct.pack('>e', -0.0))
print(struct.pack('?', 5), struct.pack('??', 0, []), struct.pack('c', b'x'), struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('3p', b'abcdef'), struct.pack('p', b'x'))
print(struct.pack('bxh', 1, 2), struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.pack('3h', 1, 2, 3), struct.pack('2x'), struct.pack('<l', 7), struct.pack('n', 5))
print(struct.pack('< i h', 1, 2), struct.pack(b'<h', 3), struct.pack('<f', 1e300 * 0) if False else struct.pack('f', 1e300))
print(struct.calcsize('i'), struct.calcsize('@bhiq'), struct.calcsize('=bhiq'), struct.calcsize('bi'), struct.calcsize('ib'), struct.calcsize('3s2x?'), struct.calcsize('<qd'), struct.calcsize('10s'), struct.calcsize(''))
