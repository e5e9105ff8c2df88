from functools import total_ordering

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __lt__(self, other):
        return self.v < other.v

a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1))
print(sorted([V(3), V(1), V(2)], key=lambda x: x).__len__())

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v

print(G(1) < G(2), G(1) > G(2), G(2) <= G(2), G(3) >= G(2))
print(G.__lt__.__name__, V.__ge__.__name__)

try:
    @total_ordering
    class N:
        pass
except ValueError as e:
    print(type(e).__name__, e)
