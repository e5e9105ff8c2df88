def setitem(m, k, v):
    m[k] = v

m = memoryview(b'hello world')
print(len(m), m[0], m[-1], m[1:4].tobytes(), m.tobytes(), m[::2].tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape)
print(m == b'hello world', m[:5] == b'hello', m != b'x', bytes(m[6:]), m.obj, m[2:8][1:3].tobytes(), m.hex())
ba = bytearray(b'abcdef')
v = memoryview(ba)
v[0] = 65
v[1:3] = b'XY'
print(ba, v.readonly)
try:
    ba.append(1)
except BufferError as e:
    print(type(e).__name__, e)
v.release()
ba.append(33)
print(ba)
try:
    len(v)
except ValueError as e:
    print(type(e).__name__, e)
for f in [lambda: memoryview(b'ab')[5],
          lambda: memoryview('x'),
          lambda: setitem(memoryview(b'ab'), 0, 1)]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
