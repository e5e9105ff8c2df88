# errors inside comprehensions propagate with the comprehension's frame
def f(items):
    return [10 // x for x in items]
try:
    f([1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError", e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print("TypeError", e)
try:
    [y for y in None]
except TypeError as e:
    print("TypeError", e)
try:
    [z for z in range(2) if undefined]
except NameError as e:
    print("NameError", e)
