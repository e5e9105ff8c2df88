import heapq
import random
random.seed(12)
for trial in range(5):
    data = []
    for i in range(30):
        data.append(random.randrange(100))
    h = []
    for x in data:
        heapq.heappush(h, x)
    out = []
    while h:
        out.append(heapq.heappop(h))
    print(out == sorted(data), out[:5])
    h2 = list(data)
    heapq.heapify(h2)
    print(h2[:10])
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "exec"))
heapq.heappush(tasks, (1, "alpha"))
while tasks:
    print(heapq.heappop(tasks))
