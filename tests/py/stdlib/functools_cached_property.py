from functools import cached_property

class C:
    def __init__(self):
        self.count = 0
    @cached_property
    def value(self):
        """the value"""
        self.count += 1
        return self.count * 10

c = C()
print(c.value, c.value, c.count)
print('value' in c.__dict__, c.__dict__['value'])
del c.value
print(c.value, c.count)
c.value = 5
print(c.value)
print(type(C.value).__name__, C.value.__doc__, C.value.attrname)

class S:
    __slots__ = ('a',)
    @cached_property
    def p(self):
        return 1
try:
    S().p
except TypeError as e:
    print(type(e).__name__, e)
