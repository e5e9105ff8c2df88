import bisect
scores = [10, 20, 20, 20, 30]
for x in [5, 10, 20, 25, 30, 35]:
    print(x, bisect.bisect_left(scores, x), bisect.bisect_right(scores, x), bisect.bisect_left(scores, x, 1, 3), bisect.bisect_right(scores, x, lo=2))
names = []
for name in ["mike", "alice", "zoe", "bob", "alice"]:
    bisect.insort(names, name)
print(names)
people = [("ann", 25), ("bo", 30), ("cy", 35)]
bisect.insort_left(people, ("dee", 30), key=lambda p: p[1])
bisect.insort_right(people, ("eve", 30), key=lambda p: p[1])
print(people)
print(bisect.bisect([1.5, 2.5], 2), bisect.bisect_left("aceg", "d"), bisect.bisect_right(range(0, 100, 10), 35))
