import operator
pairs = [(1, 2), (2, 2), (3, 2), ("a", "b"), ((1, 2), (1, 3)), ([1], [1]), (1.5, 1)]
for a, b in pairs:
    print(a, b, operator.lt(a, b), operator.le(a, b), operator.eq(a, b), operator.ne(a, b), operator.ge(a, b), operator.gt(a, b))
print(operator.is_(None, None), operator.is_not([], []), operator.truth([]), operator.not_(None), operator.abs(-2.5), operator.neg(-0.0))
print(operator.countOf("banana", "a"), operator.indexOf([3, 1, 4], 4), operator.concat("ab", "cd"), operator.mod(17, 5))
