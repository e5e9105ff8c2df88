class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def __len__(self):
        return sum(1 for _ in self)
    def __contains__(self, v):
        return any(x == v for x in self)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6, Tree(7))))
print(list(t), len(t), 6 in t, 9 in t, t.depth(), sorted(t, reverse=True)[:3])
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(50)
print(list(f), list(f) == list(f), [x * x for x in f if x % 2])
class Pairs:
    def __init__(self, data):
        self.data = data
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i + 1 >= len(self.data):
            raise StopIteration
        pair = (self.data[self.i], self.data[self.i + 1])
        self.i += 2
        return pair
print(dict(Pairs(["a", 1, "b", 2, "c"])))
print({k: v for k, v in Pairs([1, 2, 3, 4])}, {x for p in Pairs([1, 1, 2, 2]) for x in p})
