# RecursionError is catchable and the interpreter keeps working afterwards.
import sys
def f():
    return f()
try:
    f()
except RecursionError as e:
    print("recursion", type(e).__name__, e)
def g(n):
    return g(n + 1) + 1
try:
    g(0)
except RecursionError:
    print("recursion again")
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(1000)
try:
    depth(5000)
except RecursionError:
    print("limit restored")
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
