import keyword

names = ['class', 'klass', 'def', 'lambda', 'Lambda', 'True', 'true', 'yield', 'await', 'match', 'type', 'nonlocal']
for n in names:
    ok = n.isidentifier() and not keyword.iskeyword(n)
    print(n, ok)
print(keyword.iskeyword('pass'), keyword.issoftkeyword('case'), keyword.issoftkeyword('if'))
fixed = []
for n in ['for', 'x', 'in', 'y']:
    if keyword.iskeyword(n):
        fixed.append(n + '_')
    else:
        fixed.append(n)
print(fixed)
print(sorted(keyword.kwlist)[:5], keyword.kwlist[-1])
