s = 'héllo wörld €'
print(s.encode(), s.encode('utf-8'), s.encode('utf8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'), 'x'.encode(encoding='UTF-8'))
print(s.encode('ascii', 'replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'backslashreplace'), s.encode('latin-1', 'xmlcharrefreplace'))
print(s.encode().decode(), b'abc'.decode('ascii'), b'\xe9t\xe9'.decode('latin-1'), b'\xff\xfeok'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print(b'a\xffb'.decode('utf-8', 'backslashreplace'), b'\xe9'.decode('ascii', 'replace'), bytearray('ü', 'utf-8').decode(), '😀'.encode(), b'\xf0\x9f\x98\x80'.decode())
for f in [lambda: 'é'.encode('ascii'),
          lambda: 'éè'.encode('ascii'),
          lambda: 'a€b'.encode('latin-1'),
          lambda: '😀'.encode('ascii'),
          lambda: b'\xff'.decode(),
          lambda: b'\xe2\x82'.decode(),
          lambda: b'\xe2\x28\xa1'.decode(),
          lambda: b'ab\xc3'.decode('utf-8'),
          lambda: b'\xe9'.decode('ascii'),
          lambda: b'\xed\xa0\x80'.decode(),
          lambda: 'x'.encode('nope'),
          lambda: b'x'.decode(1),
          lambda: 'x'.encode('ascii', 'bogus'),
          lambda: b'\xf5'.decode(),
          lambda: b'\xc0\xaf'.decode()]:
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
