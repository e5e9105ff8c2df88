b = b'  Hello, World!  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' !H'), b.upper(), b.lower(), b.swapcase(), b.title(), b'hello world'.capitalize())
print(b'a,b,,c'.split(b','), b'a b  c '.split(), b'a,b,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1), b' x y '.rsplit(), b'a\nb\r\nc\rd'.splitlines(), b'a\nb\n'.splitlines(True))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'abcabc'.find(b'c'), b'abcabc'.rfind(b'c'), b'abc'.find(b'z'), b'abcabc'.find(99, 3), b'abc'.index(b'b'))
print(b'aaa'.count(b'a'), b'abcab'.count(b'ab'), b'abc'.count(b''), b'abc'.count(97), b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'hello'.startswith(b'l', 2))
print(b'a-b-c'.replace(b'-', b'+'), b'aaa'.replace(b'a', b'b', 2), b'abc'.replace(b'', b'.'), b'abc'.partition(b'b'), b'abc'.rpartition(b'x'), b'abc'.partition(b'x'))
print(b'ab'.center(6, b'*'), b'ab'.ljust(5), b'ab'.rjust(5, b'0'), b'-42'.zfill(6), b'a\tb'.expandtabs(4), b'pre_x'.removeprefix(b'pre_'), b'x.py'.removesuffix(b'.py'))
print(b'abc'.isalpha(), b'a1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b'abc'.islower(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b''.isalpha(), b'\x80'.isascii())
print(b'\x00\xff\x10'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'abcdef'.hex(' ', -4), b'x'.translate(None, b'x'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')))
for f in [lambda: b'x'.find(),
          lambda: b'x'.split(1),
          lambda: b'x'.strip('a'),
          lambda: b'x'.center(5, 'a'),
          lambda: b'x'.join([1]),
          lambda: b'x'.startswith('a'),
          lambda: b'x'.index(b'z'),
          lambda: b'x'.upper(1),
          lambda: b'x'.zfill(),
          lambda: b'x'.partition(b''),
          lambda: b'x'.find(300),
          lambda: b'x'.split(b''),
          lambda: b'x'.rindex(b'q')]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
