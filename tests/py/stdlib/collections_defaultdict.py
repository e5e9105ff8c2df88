from collections import defaultdict

d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d)
print(dict(d), d['a'], len(d), 'zz' in d)
print(d['missing'], d)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(c)
print(sorted(c.items()))
n = defaultdict()
print(n, n.default_factory)
try:
    n['x']
except KeyError as e:
    print(type(e).__name__, e)
print(n.get('x'), c.get('zz'), 'zz' in c)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)
l = defaultdict(lambda: 'dflt', {'a': 1}, b=2)
print(l['a'], l['b'], l['c'], sorted(l))
cp = c.copy()
print(type(cp).__name__, cp == c, cp.default_factory)
print(isinstance(d, dict), type(d).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], dict(nested['x']))
d.default_factory = set if False else tuple
print(d['t'])
print(defaultdict(int, {'a': 1}) | {'b': 2})
