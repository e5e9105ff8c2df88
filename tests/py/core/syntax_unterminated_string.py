# A string literal that is not terminated.
a = "fine"
print(a)
b = "broken
print(b)
