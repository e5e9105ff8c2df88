# repr() quoting and escaping rules.
tests = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline",
         "tab\there", "cr\r", "\x00\x01\x7f", "\x1b[0m", "é日本✓",
         "\x80\x9f", "😀", "", "'", '"', "\\", "a'b\"c", "\t\n\r\x0b\x0c", "'\"'\""]
for t in tests:
    print(repr(t))
print(["it's", "x\n", 'q"'], ("a",), {"k'": "v\\"})
print(str("a\nb"), len("\\n"), "\x41\u00e9\N{BULLET}")
print(repr(repr("x")), repr(str(1)))
