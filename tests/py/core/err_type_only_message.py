# normalize: error-type-only
# Uncaught TypeError whose exact wording is not the point of the test.
print("calling")
x = [1, 2, 3]
x(1)
