# Binary trees: allocate and walk many short-lived trees and one long-lived tree.
class Node:
    __slots__ = ("left", "right")
    def __init__(self, left, right):
        self.left = left
        self.right = right

def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))

def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)

def tuple_tree(depth):
    return (None, None) if depth == 0 else (tuple_tree(depth - 1), tuple_tree(depth - 1))

def tuple_check(t):
    left, right = t
    return 1 if left is None else 1 + tuple_check(left) + tuple_check(right)

min_depth = 4
max_depth = 10
stretch = max_depth + 1
print("stretch tree of depth", stretch, "check:", check(make_tree(stretch)))
long_lived = make_tree(max_depth)
for depth in range(min_depth, stretch, 2):
    iterations = 2 ** (max_depth - depth + min_depth)
    total = 0
    for _ in range(iterations):
        total += check(make_tree(depth))
    print(iterations, "trees of depth", depth, "check:", total)
print("long lived tree of depth", max_depth, "check:", check(long_lived))
print("tuple tree check:", tuple_check(tuple_tree(8)))
