from collections import deque

graph = {
    'a': ['b', 'c'],
    'b': ['d'],
    'c': ['d', 'e'],
    'd': ['f'],
    'e': ['f'],
    'f': [],
}

def bfs(start):
    seen = {start: 0}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                q.append(nxt)
    return order, seen

print(bfs('a'))

def sliding_max(values, k):
    out = []
    window = deque()
    for i in range(len(values)):
        while window and values[window[-1]] <= values[i]:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(values[window[0]])
    return out

print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
d = deque()
for i in range(10000):
    d.appendleft(i)
    if len(d) > 100:
        d.pop()
print(len(d), d[0], d[-1], sum(d))
