from itertools import islice, chain, repeat, starmap, tee, zip_longest, groupby, count, cycle, accumulate, product
import operator
def take(n, iterable):
    return list(islice(iterable, n))
def tabulate(function, start=0):
    return map(function, count(start))
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def roundrobin_count(*its):
    return sum(map(len, its))
def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)
print(take(5, tabulate(lambda x: x * x)), list(flatten([[1, 2], [3], []])), list(grouper("ABCDEFG", 3, "x")))
print(all_equal("aaa"), all_equal("aab"), all_equal(""), take(7, cycle([1, 2, 3])), list(accumulate(repeat(2, 5), operator.mul)))
print(list(starmap(operator.add, zip(range(3), count(10)))), take(4, product("ab", repeat=2)), roundrobin_count("ab", "cde"))
running = list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max))
print(running, list(accumulate([1, 2, 3, 4], initial=0)))
a, b = tee(iter([1, 2, 3]))
next(b)
print(list(zip(a, b)))
