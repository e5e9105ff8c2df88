import itertools as it
s = "ABCDEFG"
print(list(it.islice(s, 2)), list(it.islice(s, 2, 4)), list(it.islice(s, 2, None)), list(it.islice(s, 0, None, 2)))
print(list(it.islice(s, None)), list(it.islice(s, 1, 100, 3)), list(it.islice(s, 10, 20)), list(it.islice(s, 0)))
src = iter(range(10))
print(list(it.islice(src, 2, 5)), list(src))
src = iter(range(10))
print(list(it.islice(src, 3, 3)), next(src))
for args in [(s, -1), (s, 1, -2), (s, "a"), (s, 0, 5, 0), (s, 0, 5, -1), (s, 0, 5, 1.5), (s,), (s, 1, 2, 3, 4), (1, 2)]:
    try:
        print(list(it.islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
