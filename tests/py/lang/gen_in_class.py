# generator methods and __iter__ implemented with yield
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), sorted(t), sum(t), 4 in t)
print(list(t.depth_first()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
print(list(Countdown(4)), [x * 2 for x in Countdown(3)])
print(dict(zip(Countdown(3), "abc")))
