import copy

a = [1, [2, 3], {'k': [4]}]
b = copy.deepcopy(a)
print(b == a, b[1] is a[1], b[2]['k'] is a[2]['k'])
shared = [0]
c = [shared, shared]
d = copy.deepcopy(c)
print(d[0] is d[1], d[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is cyc)
t = (1, 2, 'x')
print(copy.deepcopy(t) is t)
t2 = (1, [2])
u = copy.deepcopy(t2)
print(u == t2, u is t2, u[1] is t2[1])
dd = {'a': {'b': {'c': [1]}}}
ee = copy.deepcopy(dd)
ee['a']['b']['c'].append(2)
print(dd, ee)

class Node:
    def __init__(self, v):
        self.v = v
        self.children = []

root = Node(1)
root.children.append(Node(2))
root.children[0].children.append(root)
r2 = copy.deepcopy(root)
print(r2.v, r2.children[0].v, r2.children[0].children[0] is r2, r2 is root)

class Custom:
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        print('deepcopy called', type(memo).__name__)
        return Custom(self.v * 2)

print(copy.deepcopy([Custom(5)])[0].v)
memo = {}
x = [1]
y = copy.deepcopy(x, memo)
print(id(x) in memo, memo[id(x)] is y)
