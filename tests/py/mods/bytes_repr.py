print(b'', b'abc', b'\x00\n\'"', b"it's", b'say "hi"', b'both \' and "', b'\t\r\\ \x7f\x80\xff')
print(repr(b'\x01\x1f'), str(b'x'), bytearray(b'a\x00b'), bytearray(), type(b'').__name__)
print(bytes(range(0, 256, 17)), list(b'AZ az'), b'abc'[0], b'abc'[-1], b'abcdef'[1:4], b'abcdef'[::2], b'abc'[::-1])
print(len(b'hello'), b'ab' + b'cd', b'ab' * 3, 3 * b'x', b'' * 5, b'ab' + bytearray(b'c'), bytearray(b'c') + b'd')
print(b'a' == b'a', b'a' == 'a', b'a' < b'b', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'x' == bytearray(b'x'))
print(hash(b'abc') == hash(b'abc'), b'abc' in {b'abc': 1}, 98 in b'abc', b'bc' in b'abcd', b'' in b'x', 300 in b'a' if False else 1)
x = b'hello world'
for i in x[:3]:
    print(i)
print(b'a' 'b' if False else b'ab' b'cd', rb'\n', br'\x00')
for f in [lambda: b'x'[5],
          lambda: b'x' + 'a',
          lambda: b'x' * 'a',
          lambda: 'a' + b'x',
          lambda: b'a' < 'a',
          lambda: b'x'['a'],
          lambda: hash(bytearray()),
          lambda: 300 in b'a',
          lambda: 'a' in b'a']:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
