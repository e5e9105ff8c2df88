import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=10)))
print(list(it.accumulate([1, 2], initial=100)), list(it.accumulate("abc")), list(it.accumulate([])))
print(list(it.accumulate([1, 2, 3], func=lambda a, b: a - b, initial=None)))
print(list(it.chain("ab", [1, 2], (), range(2))), list(it.chain()), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), [0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, "", "a", None])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(max, [[1, 5], "ab"])))
print(list(it.pairwise("ABCDE")), list(it.pairwise([1])), list(it.pairwise([])))
print(list(it.zip_longest("ABCD", "xy", fillvalue="-")), list(it.zip_longest([1, 2], [3])), list(it.zip_longest()))
t = it.takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 5]))
print(list(t), list(t))
for f, args in [(it.accumulate, ()), (it.chain.from_iterable, (1,)), (it.compress, ([1],)), (it.dropwhile, (None,)),
                (it.starmap, (pow,)), (it.pairwise, ()), (it.zip_longest, (1,))]:
    try:
        print(list(f(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(it.chain([1], 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(it.starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    it.zip_longest([1], fill=2)
except TypeError as e:
    print(type(e).__name__, e)
