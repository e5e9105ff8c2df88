import copy

s = {1, 2, (3, 4)}
t = copy.copy(s)
print(t == s, t is s, sorted(t, key=str))
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs)
nested = {'tags': {'a', 'b'}, 'ids': [1, 2]}
deep = copy.deepcopy(nested)
deep['tags'].add('c')
print(sorted(nested['tags']), sorted(deep['tags']), deep['ids'] is nested['ids'])
class Holder:
    def __init__(self):
        self.items = {1, 2}
h = copy.deepcopy(Holder())
print(sorted(h.items), type(h.items).__name__)
