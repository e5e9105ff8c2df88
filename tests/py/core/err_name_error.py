# Uncaught NameError at module level after some output.
x = 1
print("before", x)
print(y)
