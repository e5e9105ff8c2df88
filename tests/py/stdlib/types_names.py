import types
import sys

def f():
    pass

class C:
    def m(self):
        pass

print(types.FunctionType, isinstance(f, types.FunctionType), isinstance(lambda: 1, types.LambdaType))
print(types.BuiltinFunctionType, isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(types.MethodType, isinstance(C().m, types.MethodType), isinstance(C.m, types.MethodType))
print(types.ModuleType, isinstance(sys, types.ModuleType))
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
print(type(None) is types.NoneType)
mp = types.MappingProxyType({'a': 1, 'b': 2})
print(mp, mp['a'], mp.get('z', 0), 'a' in mp, len(mp), list(mp.keys()), list(mp.items()))
try:
    mp['c'] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print(type(e).__name__, e)
Meta = type('Meta', (type,), {})
K = types.new_class('K', (), {'metaclass': Meta}, lambda ns: ns.update({'x': 5}))
print(K.x, type(K).__name__, K.__name__)
