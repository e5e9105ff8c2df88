# Cycles made only of lists: the count gc.collect() returns is exact, and the
# lists disappear from gc.get_objects().
import gc


def tracked_ids():
    return {id(o) for o in gc.get_objects()}


gc.collect()

a = []
a.append(a)
ida = id(a)
print("a tracked:", ida in tracked_ids())
del a
print("a still there before collect:", ida in tracked_ids())
print("collected:", gc.collect())
print("a gone:", ida not in tracked_ids())

# Two lists pointing at each other.
x = [1, 2]
y = [3, x]
x.append(y)
del x, y
print("collected:", gc.collect())

# A chain of lists closed into a ring.
head = []
cur = head
for i in range(49):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
cur.append(head)
del head, cur, nxt
print("collected:", gc.collect())

# A cycle with a non-cyclic tail: the tail is freed by refcounting when the
# cycle is broken, so it is not counted.
c = []
c.append(c)
c.append([1, 2, 3])
del c
print("collected:", gc.collect())

# Nested list inside a list cycle: all of it is unreachable.
outer = [[[]]]
outer[0][0].append(outer)
del outer
print("collected:", gc.collect())

# A reachable cycle is not collected.
r = []
r.append(r)
print("collected:", gc.collect(), r[0] is r)
