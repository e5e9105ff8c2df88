import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4, 5]))
print(functools.reduce(operator.mul, range(1, 11)))
print(functools.reduce(operator.or_, [1, 2, 4, 8]))
print(functools.reduce(max, [3, 9, 2, 7]))
print(functools.reduce(lambda acc, w: acc + len(w), ['ab', 'cde', ''], 0))
print(functools.reduce(operator.concat, [[1], [2, 3], []], []))
print(functools.reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))
nested = [[1, 2], [3], [4, 5, 6]]
print(functools.reduce(operator.iadd, nested, []))
