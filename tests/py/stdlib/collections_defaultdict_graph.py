from collections import defaultdict

edges = [('a', 'b'), ('b', 'c'), ('a', 'c'), ('c', 'd'), ('e', 'a')]
adj = defaultdict(list)
indeg = defaultdict(int)
for u, v in edges:
    adj[u].append(v)
    indeg[v] += 1
    indeg[u] += 0
print(dict(adj))
print(dict(indeg))

order = []
ready = []
for n in indeg:
    if indeg[n] == 0:
        ready.append(n)
while ready:
    ready.sort()
    n = ready.pop(0)
    order.append(n)
    for m in adj[n]:
        indeg[m] -= 1
        if indeg[m] == 0:
            ready.append(m)
print(order)

groups = defaultdict(set if False else list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], 'x' in t, len(t['a']))
