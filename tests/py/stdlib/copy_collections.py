import copy
from collections import namedtuple, deque, defaultdict, OrderedDict, Counter

P = namedtuple('P', 'x y')
p = P(1, [2])
print(copy.copy(p), copy.copy(p).y is p.y, copy.deepcopy(p).y is p.y, type(copy.deepcopy(p)).__name__)
d = deque([[1], 2], maxlen=4)
print(copy.copy(d), copy.deepcopy(d), copy.deepcopy(d)[0] is d[0], copy.copy(d)[0] is d[0])
dd = defaultdict(list, {'a': [1]})
c1 = copy.deepcopy(dd)
c1['b'].append(2)
print(c1, dd, c1['a'] is dd['a'])
od = OrderedDict([('z', 1), ('a', [2])])
print(copy.deepcopy(od), copy.copy(od)['a'] is od['a'])
print(copy.deepcopy(Counter('hello')), copy.copy(Counter(a=1)))
