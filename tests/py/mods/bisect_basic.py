import bisect
a = [1, 2, 4, 4, 4, 8, 10]
for x in [0, 1, 3, 4, 5, 10, 11]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 4, lo=4, hi=6), bisect.bisect(a, 4, hi=None))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0, 0, 3)
print(b)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print(list(map(grade, [33, 99, 77, 70, 89, 90, 100])))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
print(recs, bisect.bisect("abdf", "c"), bisect.bisect_left((1, 2, 3), 2))
for args in [([1], 1, -1), (), ([1],), (None, 1), ([1, "a"], 2)]:
    try:
        print(bisect.bisect(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bisect.insort((1, 2), 1)
except AttributeError as e:
    print(type(e).__name__, e)
