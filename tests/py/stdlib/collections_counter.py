from collections import Counter

c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], len(c), 'z' in c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()))
print(c.total())
c.update('aaz')
print(c)
c.update({'b': 5})
print(c)
c.subtract('aaaa')
print(c)
c.subtract({'q': 2})
print(c)
print(Counter(), repr(Counter()))
print(Counter(a=3, b=1), Counter({'x': 2, 'y': 7}))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1))
d = Counter(a=1)
del d['a']
del d['nothere']
print(d)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(type(e).__name__, e)
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))
print(isinstance(c, dict), dict(Counter('aab')))
