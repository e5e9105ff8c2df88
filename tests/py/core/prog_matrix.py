# Nested lists as matrices: multiplication, transpose, identity, printing.
def mat_mul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    out = []
    for i in range(n):
        row = []
        for j in range(m):
            s = 0
            for t in range(k):
                s += a[i][t] * b[t][j]
            row.append(s)
        out.append(row)
    return out
def transpose(a):
    out = []
    for j in range(len(a[0])):
        col = []
        for i in range(len(a)):
            col.append(a[i][j])
        out.append(col)
    return out
def identity(n):
    out = []
    for i in range(n):
        row = [0] * n
        row[i] = 1
        out.append(row)
    return out
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(mat_mul(a, b), transpose(a), identity(3))
print(mat_mul(identity(2), [[2, 3], [4, 5]]))
f = [[1, 1], [1, 0]]
r = identity(2)
for _ in range(90):
    r = mat_mul(r, f)
print(r[0][1], r)
grid = []
for i in range(3):
    grid.append([i] * 3)
grid[1][1] = "x"
for row in grid:
    print(*row)
