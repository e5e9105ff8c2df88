import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.inv(0))
print(op.lshift(1, 4), op.rshift(256, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.not_(0), op.not_([1]), op.truth(""), op.truth(3), op.is_(None, None), op.is_not(1, None))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt("b", "a"), op.ge(1, 2))
print(op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2,)))
print(op.contains([1, 2], 2), op.contains("abc", "z"), op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d, op.getitem([1, 2, 3], slice(1, None)), op.index(7), op.length_hint([1, 2]), op.length_hint(iter([]), 5))
print(op.__add__(1, 1), op.__mul__("ab", 2), op.__not__(1), op.__getitem__("xyz", -1))
x = [1]
print(op.iadd(x, [2]), x, op.iadd(1, 2), op.imul("a", 3), op.iconcat([0], (1,)), op.ior(1, 2), op.iand(3, 5))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), sorted([(1, "b"), (0, "a")], key=op.itemgetter(1)))
for f, args in [(op.add, (1,)), (op.add, (1, "a")), (op.concat, (1, 2)), (op.not_, ()), (op.neg, ("x",)),
                (op.index, (1.5,)), (op.indexOf, ([1], 2)), (op.countOf, ([1],)), (op.truediv, (1, 0)),
                (op.getitem, ([], 3)), (op.delitem, ({}, 1)), (op.lt, (1, "a")), (op.setitem, ([1], 5, 0))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(op.add)
