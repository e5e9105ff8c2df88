from collections import ChainMap

builtins_scope = {'len': 'builtin-len', 'print': 'builtin-print'}
globals_scope = {'x': 1}
scope = ChainMap(globals_scope, builtins_scope)
local = scope.new_child()
local['x'] = 2
local['y'] = 3
print(local['x'], scope['x'], local['len'], local.maps)
print(sorted(local), len(local))
print(local.parents == scope, local.parents)
inner = local.new_child({'z': 26})
print(inner['z'], inner['y'], inner.get('nope', 'default'))
print(list(ChainMap({'a': 1, 'b': 2}, {'b': 3, 'c': 4}).items()))
print(ChainMap({'a': 1}) | {'b': 2})
cm = ChainMap({}, {'k': 'v'})
cm['k'] = 'new'
print(cm, cm.maps[1]['k'])
try:
    cm.pop('missing')
except KeyError as e:
    print(type(e).__name__, e)
