# A parenthesis is never closed.
x = 1
print(x)
y = (1 + 2
z = 3
print(y, z)
