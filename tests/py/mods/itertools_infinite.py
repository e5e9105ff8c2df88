import itertools as it
c = it.count()
print(next(c), next(c), next(c), c)
print(it.count(5), it.count(5, 2), it.count(1.5, 0.5), it.count(-3, -1), it.count(step=3))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(0.5, 0.25), 3)))
print(list(it.islice(it.cycle("abc"), 8)), list(it.cycle([])))
r = it.repeat("x", 3)
print(r, list(r), r, list(it.repeat(1, 0)), list(it.repeat(1, -5)), it.repeat(None))
print(list(it.islice(it.repeat(7), 3)), list(map(pow, range(5), it.repeat(2))))
print(it.repeat(1, 4).__length_hint__(), type(c).__name__, type(r))
for f, args in [(it.count, ("a",)), (it.count, (1, "b")), (it.cycle, ()), (it.cycle, (1,)),
                (it.repeat, ()), (it.repeat, (1, "x"))]:
    try:
        f(*args)
    except TypeError as e:
        print(type(e).__name__, e)
