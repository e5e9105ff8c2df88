import heapq
a = [(1, "x"), (4, "y")]
b = [(1, "a"), (2, "b"), (9, "c")]
print(list(heapq.merge(a, b)))
print(list(heapq.merge([3, 1], [2, 0], reverse=True)), list(heapq.merge("ace", "bdf")))
print(list(heapq.merge(["bb", "a"], ["ccc", "dd"], key=len, reverse=True)))
print(heapq.nsmallest(3, ["pear", "fig", "banana", "kiwi"], key=len), heapq.nlargest(2, [(1, "a"), (3, "b"), (3, "a")]))
print(heapq.nsmallest(1, []), heapq.nlargest(1, [5]), heapq.nsmallest(2, {3: 0, 1: 0, 2: 0}))
