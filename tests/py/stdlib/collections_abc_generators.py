from collections.abc import Generator, Iterator, Iterable, Set, MutableSet, Hashable, Sized

def gen():
    yield 1
    yield 2

g = gen()
print(isinstance(g, Generator), isinstance(g, Iterator), isinstance(gen, Iterable))
print(isinstance({1}, Set), isinstance({1}, MutableSet), isinstance(frozenset(), Set), isinstance(frozenset(), MutableSet))
print(isinstance(frozenset(), Hashable), isinstance(set(), Hashable), isinstance((x for x in []), Sized))
print(issubclass(set, Set), issubclass(dict, Set), issubclass(type({}.keys()), Set))

class Countdown(Iterator):
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(x for x in Countdown(4)))
