import itertools as it
print(list(it.chain([1], (2,), "3", range(4, 6), {7: 0}, b"\x08")))
c = it.chain.from_iterable(map(range, range(5)))
print(list(c))
print(list(it.compress(it.count(), [1, 0, 1, 0, 1])), list(it.filterfalse(str.isdigit, "a1b2c3")))
print(list(it.starmap(divmod, [(7, 2), (9, 4)])), list(it.accumulate(["a", "b", "c"])), list(it.pairwise(range(5))))
print(type(it.chain()).__name__, type(it.chain.from_iterable([])).__name__, type(it.islice([], 1)).__name__)
