# Return values: implicit None, early returns from loops, returns in try blocks.
def first_negative(xs):
    for x in xs:
        if x < 0:
            return x
def find_index(xs, t):
    i = 0
    while True:
        if i >= len(xs):
            return -1
        if xs[i] == t:
            return i
        i += 1
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    finally:
        pass
def pair():
    return 1, 2
def nested_loops():
    for i in range(5):
        for j in range(5):
            if i * j == 6:
                return i, j
    return None
print(first_negative([1, 2, -3, -4]), first_negative([]), find_index("abc", "c"), find_index([], 1))
print(safe_div(1, 4), safe_div(1, 0), pair(), nested_loops())
a, b = pair()
print(a + b, type(pair()), type(first_negative([1])))
