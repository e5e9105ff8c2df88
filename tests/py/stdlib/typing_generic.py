from typing import Generic, TypeVar, Protocol, cast, NamedTuple, overload, final, TYPE_CHECKING, NewType

T = TypeVar('T')

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__)
s2 = Stack()
s2.push('x')
print(s2.items)

class Greeter(Protocol):
    def greet(self) -> str:
        ...

class English:
    def greet(self) -> str:
        return 'hello'

def welcome(g: Greeter) -> str:
    return g.greet()

print(welcome(English()))
print(cast(int, 'not checked'), cast('List[int]', [1]))
Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('guido', 3)
print(e, e.name, e._fields)
print(TYPE_CHECKING)
UserId = NewType('UserId', int)
print(UserId(5), UserId(5) + 1)

@final
def done():
    return 'final ok'
print(done())
