import io

f = io.StringIO('data')
try:
    f.write(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.seek(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    f.seek(0, 7)
except ValueError as e:
    print(type(e).__name__, e)
f.close()
print(f.closed)
for name in ['read', 'getvalue', 'tell', 'readline']:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, type(e).__name__, e)
try:
    f.write('x')
except ValueError as e:
    print(type(e).__name__, e)
g = io.StringIO()
g.seek(5)
g.write('z')
print(repr(g.getvalue()))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
try:
    io.StringIO(5)
except TypeError as e:
    print(type(e).__name__, e)
