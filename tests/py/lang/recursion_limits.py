# RecursionError, never a crash: through builtins, in repr/str of deep data, deep Python recursion.
import sys
def f(n):
    return sorted([n], key=lambda x: f(x + 1))
try:
    f(0)
except RecursionError as e:
    print("sorted recursion:", e)
l = []
for i in range(200000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("repr:", e)
d = {}
cur = d
for i in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    print(len(str(d)))
except RecursionError as e:
    print("str:", e)
sys.setrecursionlimit(100000)
def g(n):
    return 0 if n == 0 else 1 + g(n - 1)
try:
    print(g(50000))
except RecursionError as e:
    print("deep python:", e)
print("alive")
