print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((1, 2)), bytes(range(3)), bytes(b'xy'), bytes(bytearray(b'q')))
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes('ÿ', 'latin-1'), bytearray('x', 'utf8'), bytearray(2), bytearray([1, 2]))
print(bytes(iter([104, 105])), bytes(memoryview(b'mv')), bytes.fromhex('de ad BE EF'), bytearray.fromhex('00ff'))
for f in [lambda: bytes('a'),
          lambda: bytes(1.5),
          lambda: bytes([300]),
          lambda: bytes([-1]),
          lambda: bytes(-1),
          lambda: bytes(['a']),
          lambda: bytes('a', 'zz'),
          lambda: bytes(1, 'ascii'),
          lambda: bytes.fromhex('zz'),
          lambda: bytes.fromhex('a'),
          lambda: bytes.fromhex('0g'),
          lambda: bytearray(None),
          lambda: bytes(None)]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
