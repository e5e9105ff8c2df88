from collections import namedtuple

P3 = namedtuple('P3', 'a, b c')
print(P3(1, 2, 3), P3._fields)
D = namedtuple('D', 'x y z', defaults=[10, 20])
print(D(1), D(1, 2), D(1, 2, 3), D._field_defaults, D.__new__.__defaults__)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1y'], rename=True)
print(R._fields)
E = namedtuple('E', '')
print(E(), E._fields, len(E()))
One = namedtuple('One', 'v')
print(One(1), One.__doc__)
M = namedtuple('M', 'a b', module='mymod')
print(M.__module__)

def err(fn):
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

err(lambda: namedtuple('Bad', 'a a'))
err(lambda: namedtuple('Bad', 'a _b'))
err(lambda: namedtuple('Bad', 'a class'))
err(lambda: namedtuple('Bad', 'a 1b'))
err(lambda: namedtuple('def', 'a'))
err(lambda: namedtuple('X', 'a', defaults=(1, 2)))
err(lambda: P3(1, 2))
err(lambda: P3(1, 2, 3, 4))
err(lambda: P3(1, 2, 3, d=4))
err(lambda: P3._make([1]))
err(lambda: P3(1, 2, 3)._replace(q=1))
