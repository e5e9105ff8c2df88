pairs = [(b'', b''), (b'a', b'b'), (b'abc', b'ab'), (b'\xff', b'\x00'), (bytearray(b'x'), b'x'), (b'x', bytearray(b'y'))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
d = {b'k': 1, b'j': 2}
print(d[b'k'], b'j' in d, hash(b'abc') == hash(bytes(b'abc')), len(dict.fromkeys([b'a', b'a', b'b'])))
print(b'abc' == 'abc', bytearray(b'a') == 'a', b'1' == 1)
