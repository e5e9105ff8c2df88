import io

b = io.BytesIO(b'ab\ncd')
print(b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(1)
print(b.write(b'XYZW'), b.getvalue())
try:
    b.write('s')
except TypeError as e:
    print(type(e).__name__, e)
b.seek(10)
b.write(b'!')
print(b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(1, 1), b.seek(0))
print(b.read(3), b.read(0), b.truncate(4), b.getvalue())
b.close()
for op in (b.read, b.getvalue, b.tell):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
print(io.BytesIO(b'x\ny\n').readlines(), list(io.BytesIO(b'a\nb')))
try:
    io.BytesIO('s')
except TypeError as e:
    print(type(e).__name__, e)
out = io.BytesIO()
for i in range(3):
    out.write(bytes([65 + i]) * 2)
print(out.getvalue(), len(out.getvalue()))
try:
    b.seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
