# nested comprehensions and multiple for/if clauses
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print({(i, j) for i in range(3) for j in range(i)})
print({i: {j for j in range(i)} for i in range(4)})
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
print([[[k for k in range(j)] for j in range(i)] for i in range(3)])
print([y for x in [[1, [2]], [3]] for y in x])
