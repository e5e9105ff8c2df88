# Plain invalid syntax in the middle of a file.
a = 1
b = 2
c = a b
print(c)
