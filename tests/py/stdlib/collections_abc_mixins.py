from collections.abc import Mapping, MutableMapping, Sequence, Iterator, Iterable, Sized

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0 or i >= self.n:
            raise IndexError(i)
        return i * i

s = Squares(5)
print(list(s), 9 in s, 7 in s, s.index(16), s.count(4), list(reversed(s)))
print(isinstance(s, Sequence), isinstance(s, Iterable), isinstance(s, Sized))

class Store(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

m = Store()
m['a'] = 1
m.update(b=2, c=3)
m.setdefault('d', 4)
print(sorted(m.items()), m.get('zz', 0), 'a' in m, len(m), m.pop('a'), m.pop('zz', None))
print(list(m.keys()), list(m.values()), m == {'b': 2, 'c': 3, 'd': 4})
print(isinstance(m, Mapping), isinstance({}, Mapping), isinstance(m, dict))

class Count(Iterator):
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

c = Count()
print(iter(c) is c, list(c))
try:
    Sequence()
except TypeError as e:
    print(type(e).__name__, e)

class NotIt:
    def __iter__(self):
        return iter([])
print(isinstance(NotIt(), Iterable), isinstance(NotIt(), Iterator))
