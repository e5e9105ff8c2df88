from functools import reduce

def add(a, b):
    return a + b

print(reduce(add, [1, 2, 3, 4]))
print(reduce(add, [1, 2, 3], 10))
print(reduce(add, [], 7))
print(reduce(add, ['a', 'b', 'c']))
print(reduce(lambda a, b: a * b, range(1, 6)))
print(reduce(add, [5]))
try:
    reduce(add, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(add, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(add)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reduce(lambda a, b: a / b, [1, 0])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
