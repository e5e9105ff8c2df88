from collections import UserDict, UserList

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

d = LowerDict({'A': 1})
d['B'] = 2
d.update(C=3)
print(d, d.data, len(d), 'a' in d, d['b'], d.get('z', 0))
del d['a']
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
print(isinstance(d, dict), d == {'b': 2, 'c': 3})

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([1, 2])
s.push(3)
print(s, len(s), s[0], s[-1], s.pop(), s)
s.extend([7, 8])
s.sort(reverse=True)
print(s, s + [0], s * 2, 7 in s, s.index(7), s.count(8))
print(type(s[1:]).__name__, s[1:])
