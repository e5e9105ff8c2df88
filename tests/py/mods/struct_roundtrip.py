import struct
import random
random.seed(4)
fmts = ['<b', '>B', '<h', '>H', '<i', '>I', '<q', '>Q', '<f', '>d', '<e', '?']
for f in fmts:
    size = struct.calcsize(f)
    vals = []
    for i in range(5):
        raw = random.getrandbits(8 * size).to_bytes(size, 'little')
        v = struct.unpack(f, raw)[0]
        vals.append(v)
        if v == v:
            again = struct.pack(f, v)
            assert struct.unpack(f, again)[0] == v
    print(f, size, vals)
s = struct.Struct('>3sHf?')
packed = s.pack(b'abc', 500, 2.5, True)
print(packed, s.unpack(packed), len(packed) == s.size)
