data = b'\x00\x7f\x80\xff'
total = 0
for b in data:
    total += b
print(total, list(reversed(data)), sorted(b'dcba'), max(b'az'), min(bytearray(b'qrs')), sum(bytearray(b'\x01\x02')))
print(list(enumerate(b'ab')), dict(zip(b'ab', b'cd')), b'x' in [b'x'], bytes(reversed(b'abc')), list(map(hex, b'\x10\x20')))
it = iter(bytearray(b'hi'))
print(next(it), next(it), next(it, 'done'))
ba = bytearray(b'abc')
out = []
for c in ba:
    out.append(c)
    if len(out) == 1:
        ba.append(100)
print(out)
