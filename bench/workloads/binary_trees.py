# Binary trees (adapted from tests/py/programs/binary_trees.py): allocation
# and deallocation of many small objects, GC heavy. SCALE: maximum depth.
import sys
import threading

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


# ---- common driver (the same in every workload) ----------------------------
# usage: NAME.py [THREADS] [SCALE]
#   THREADS 0 (default): run work(SCALE) once in the main thread.
#   THREADS N >= 1: N threads each run work(SCALE) (total work = N x SCALE).
def main():
    threads = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    scale = int(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_SCALE
    if threads == 0:
        print(work(scale))
        return
    results = [None] * threads

    def run(i):
        results[i] = work(scale)

    ts = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(results[0], "threads", threads, "same", all(r == results[0] for r in results))


main()
