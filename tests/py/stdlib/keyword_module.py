import keyword

print(keyword.kwlist)
print(len(keyword.kwlist), keyword.softkwlist)
for w in ['if', 'else', 'match', 'case', 'print', 'None', 'none', 'async', '_', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(type(e).__name__, e)
