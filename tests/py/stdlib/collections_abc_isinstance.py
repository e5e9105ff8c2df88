from collections import abc
import collections.abc

print(collections.abc.Mapping is abc.Mapping)
samples = [[], (), {}, 'x', 1, 1.5, None, range(3), iter([]), len, {}.keys(), {}.items(), {}.values()]
names = ['Iterable', 'Iterator', 'Sized', 'Container', 'Hashable', 'Callable',
         'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Collection', 'Reversible']
for s in samples:
    row = []
    for n in names:
        if isinstance(s, getattr(abc, n)):
            row.append(n)
    print(type(s).__name__, row)
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Sequence), issubclass(int, abc.Hashable))
print(abc.Iterable, abc.MutableMapping.__module__)
