from collections import OrderedDict

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
try:
    od.move_to_end('zz')
except KeyError as e:
    print(type(e).__name__, e)
e = OrderedDict()
print(e, repr(e))
try:
    e.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
x = OrderedDict([('a', 1), ('b', 2)])
y = OrderedDict([('b', 2), ('a', 1)])
print(x == y, dict(x) == dict(y), x == {'b': 2, 'a': 1}, x != y)
print(OrderedDict.fromkeys('abc', 0))
print(x.copy(), type(x.copy()).__name__)
print(list(reversed(x)))
print(OrderedDict(zip('xyz', range(3))))
x['a'] = 10
print(x)
del x['a']
print(x, len(x), isinstance(x, dict))
print(x | {'q': 9})
