import heapq
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))
h = []
for w in ["pear", "apple", "fig", "kiwi", "banana"]:
    heapq.heappush(h, (len(w), w))
print(h, heapq.heappop(h), heapq.heappop(h))
for f, args in [(heapq.heappop, ([],)), (heapq.heapreplace, ([], 1)), (heapq.heappush, ((), 1)),
                (heapq.heapify, (1,)), (heapq.heappush, ([],)), (heapq.heappush, ([1], "a")), (heapq.heappop, ())]:
    try:
        print(f(*args))
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
