# Assignment to a literal.
x = 1
print(x)
1 = x
