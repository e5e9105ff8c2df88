# Uncaught AttributeError on an int.
n = 42
print(n.bit_length())
print(n.foo)
