csv = b"name,age,,city\n"
fields = csv.strip().split(b",")
print(fields, b"|".join(fields), b"".join(reversed(fields)), csv.rstrip(b"\n").rsplit(b",", 2))
print(b"  a  b  ".split(), b"a b c".split(None, 1), b"a\tb\nc".split(), b"".split(), b"".split(b","), b",".split(b","))
print(bytearray(b"x-y-z").split(b"-"), b"-".join([bytearray(b"a"), memoryview(b"b")]), b"abc".partition(b"b"), bytearray(b"abc").rpartition(b"c"))
print(b"line1\nline2\r\nline3".splitlines(), b"one\n\ntwo\n".splitlines(keepends=True))
