from abc import ABC, ABCMeta, abstractmethod

class Drawable(ABC):
    @abstractmethod
    def draw(self):
        pass

class Circle:
    def draw(self):
        return 'circle'

print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
r = Drawable.register(Circle)
print(r is Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable in Circle.__mro__)

class Sub(Circle):
    pass
print(issubclass(Sub, Drawable), isinstance(Sub(), Drawable))
Drawable.register(int)
print(isinstance(3, Drawable), isinstance(True, Drawable), isinstance('x', Drawable))
try:
    Drawable.register(5)
except TypeError as e:
    print(type(e).__name__, e)

class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            for B in C.__mro__:
                if '__len__' in B.__dict__:
                    return True
        return NotImplemented

print(isinstance([], HasLen), isinstance(1, HasLen), issubclass(dict, HasLen))
print(isinstance(1, (str, Drawable)), issubclass(bool, (Drawable, str)))
try:
    issubclass(1, Drawable)
except TypeError as e:
    print(type(e).__name__, e)
