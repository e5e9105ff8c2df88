ba = bytearray(b'hello')
ba[0] = 74
print(ba, ba[0], ba[-1])
ba.append(33)
ba.extend(b' ok')
ba.extend([65, 66])
print(ba, len(ba), ba.pop(), ba.pop(0), ba)
ba.insert(0, 72)
ba.insert(100, 90)
ba.remove(ord('o'))
print(ba)
ba[1:3] = b'XYZ'
print(ba)
ba[::2] = b'_' * len(ba[::2])
print(ba)
del ba[0]
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
ba += b'++'
ba += bytearray(b'!')
print(ba)
ba *= 2
print(ba, ba.copy(), ba.count(b'+'))
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
c = bytearray(b'abc')
d = c
c += b'd'
print(d, c is d, c.upper(), type(c.upper()).__name__, c.split(b'b'), bytearray(b'x') * 2)
for f in [lambda: bytearray().pop(),
          lambda: bytearray(b'a').remove(5),
          lambda: bytearray(b'ab').append('a'),
          lambda: bytearray(b'ab').append(256),
          lambda: bytearray(b'ab').extend(5),
          lambda: bytearray(b'a').pop(5),
          lambda: bytearray(b'ab')[5]]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
x = bytearray(b'abcd')
try:
    x[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    x[0:2:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    x[::2] = b'abc'
except ValueError as e:
    print(type(e).__name__, e)
