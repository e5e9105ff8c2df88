matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)])
print({x % 3: x for x in range(10)})
print({c.lower() for c in "Hello World" if c.isalpha()} == set("helowrd"))
print(sorted({(a, b) for a in range(3) for b in range(a)}))
print(dict(zip("abc", [i * i for i in range(3)])))
print(list(map(lambda t: t[0] * t[1], [(a, b) for a in (1, 2) for b in (3, 4)])))
x = "outer"
res = [x for x in range(3)]
print(x, res)
print(sum(n for n in range(101) if n % 2 == 0), max(len(w) for w in "a bb ccc".split()))
print([(i, j) for i in range(4) if i % 2 for j in range(i)])
gen = (i * i for i in range(4))
print(next(gen), list(gen), list(gen))
