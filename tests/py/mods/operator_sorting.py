from operator import itemgetter, attrgetter, methodcaller
data = [("carol", 23, "b"), ("alice", 31, "a"), ("bob", 23, "c"), ("dave", 31, "a")]
print(sorted(data, key=itemgetter(1)))
print(sorted(data, key=itemgetter(1, 0)))
print(sorted(data, key=itemgetter(2, 1), reverse=True))
print(list(map(itemgetter(0), data)), max(data, key=itemgetter(1)), min(data, key=itemgetter(1)))
words = ["Banana", "apple", "Cherry"]
print(sorted(words, key=methodcaller("lower")), sorted(words, key=attrgetter("__len__")) if False else sorted(words, key=len))
nums = [3 + 0j, 1.5, -2]
print(sorted(nums, key=attrgetter("real")), list(map(attrgetter("imag"), [1j, 2])))
g = itemgetter(-1)
print(g("abc"), g([1, 2]), itemgetter(slice(None, None, -1))("abc"))
