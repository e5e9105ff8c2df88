import os.path
from os import path
for args in [('a', 'b'), ('/a', 'b/'), ('a/', 'b'), ('a', '/b'), ('', 'x'), ('a', ''), ('/',), ('a', 'b', 'c.txt')]:
    print(args, path.join(*args))
for p in ['/usr/lib/x.so', 'x.tar.gz', '/a/b/', 'a', '', '/', '//a//b', '.bashrc', 'a/.hidden', '..a.b', 'dir.d/file', '///x']:
    print(repr(p), path.split(p), path.basename(p), repr(path.dirname(p)), path.splitext(p), path.isabs(p))
for p in ['', '.', '/a/./b/../c', 'a//b', '../x/..', '/../a', '//a/b', '///a', 'a/b/../../..', './', 'x/./y/']:
    print(repr(p), path.normpath(p))
print(path.abspath('/x/y/../z'), path.abspath('rel') == path.join(os.getcwd(), 'rel'), path.commonprefix(['/usr/lib', '/usr/local']))
print(path.exists('/'), path.isdir('/'), path.isfile('/'), path.exists('/definitely/not/here'), path.isfile('/etc/hostname') == path.exists('/etc/hostname'))
print(path.relpath('/a/b/c', '/a'), path.relpath('/a', '/a/b/c'), path.expanduser('/x'), os.path is path)
for f in [lambda: path.join(1), lambda: path.join('a', 2), lambda: path.basename(None)]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
