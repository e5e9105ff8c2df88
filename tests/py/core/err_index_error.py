# Uncaught IndexError from a list subscript in a loop.
items = [10, 20, 30]
i = 0
while True:
    print(items[i])
    i += 1
