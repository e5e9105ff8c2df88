import io

f = io.StringIO()
print(f.write('hello\n'), f.write('world'), f.tell())
print(repr(f.getvalue()))
print(f.seek(0), repr(f.read(3)), repr(f.readline()), repr(f.readline()), repr(f.readline()))
g = io.StringIO('one\ntwo\nthree\n')
print(g.readlines())
g.seek(0)
print(list(g))
g.seek(0)
n = 0
for line in g:
    n += 1
    print(n, repr(line))
h = io.StringIO('abcdef')
h.seek(2)
h.write('XY')
print(repr(h.getvalue()), h.tell(), repr(h.read()))
print(h.truncate(3), repr(h.getvalue()))
print(h.seek(0, 2), h.seek(0, 1))
print(h.readable(), h.writable(), h.seekable(), h.isatty(), h.closed)
out = io.StringIO()
print('a', 1, [2], sep='-', end='!\n', file=out)
print('second', file=out)
print(repr(out.getvalue()))
out.writelines(['x\n', 'y\n'])
print(repr(out.getvalue()))
