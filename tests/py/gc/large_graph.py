# A large random-looking graph of instances (deterministic: a fixed linear
# congruential sequence), doubly linked lists and trees with parent
# pointers: all freed, none left in gc.get_objects().
import gc


class Node:
    live = 0

    def __init__(self, i):
        self.i = i
        self.edges = []
        Node.live += 1

    def __del__(self):
        Node.live -= 1


gc.collect()
nodes = [Node(i) for i in range(3000)]
x = 12345
for n in nodes:
    for _ in range(3):
        x = (x * 1103515245 + 12345) % 2**31
        n.edges.append(nodes[x % len(nodes)])
total = sum(len(n.edges) for n in nodes)
del nodes, n
print("edges:", total, "alive:", Node.live)
gc.collect()
print("after collect:", Node.live)

# Doubly linked list.
head = prev = Node(-1)
for i in range(1000):
    cur = Node(i)
    cur.prev = prev
    prev.next = cur
    prev = cur
del head, prev, cur
gc.collect()
print("linked list:", Node.live)

# Tree with parent pointers.
def build(depth, parent):
    n = Node(depth)
    n.parent = parent
    if depth:
        n.children = [build(depth - 1, n), build(depth - 1, n)]
    return n


root = build(9, None)
print("tree nodes:", Node.live)
del root
gc.collect()
print("tree:", Node.live)
print("no Node tracked:", not any(type(o) is Node for o in gc.get_objects()))
