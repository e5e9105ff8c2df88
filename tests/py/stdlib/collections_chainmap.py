from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest'}
args = {'user': 'admin'}
cm = ChainMap(args, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), 'color' in cm, 'x' in cm)
print(cm)
print(cm.get('x', 'dflt'), list(cm.keys()), list(cm.values()), list(cm.items()))
cm['color'] = 'blue'
print(args, defaults)
try:
    del cm['user']
    del cm['user']
except KeyError as e:
    print(type(e).__name__, e)
child = cm.new_child({'z': 1})
print(child, child.parents)
print(child.maps[0], len(child.maps))
print(ChainMap(), bool(ChainMap()), bool(cm))
try:
    ChainMap()['nope']
except KeyError as e:
    print(type(e).__name__, e)
print(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
print(cm.pop('color'), cm)
