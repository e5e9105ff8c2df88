# Binary trees (adapted from tests/py/programs/binary_trees.py): allocation
# and deallocation of many small objects, GC heavy. SCALE: maximum depth.

DEFAULT_SCALE = 14


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


def work(max_depth):
    min_depth = 4
    out = []
    long_lived = make_tree(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(make_tree(depth))
        out.append(total)
    out.append(check(long_lived))
    out.append(tuple_check(tuple_tree(max_depth)))
    return out


if __name__ == "__main__":
    import driver

    driver.main(work, DEFAULT_SCALE)
