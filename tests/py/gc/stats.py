# gc.get_stats(): one dict per generation with collections, collected and
# uncollectable; explicit full collections are counted in generation 2.
import gc

st = gc.get_stats()
print(type(st).__name__, len(st), [sorted(d) for d in st])
before = gc.get_stats()[2]
gc.collect()
gc.collect()
after = gc.get_stats()[2]
print("collections grew by >= 2:", after["collections"] - before["collections"] >= 2)

l = []
l.append(l)
del l
before = gc.get_stats()[2]["collected"]
gc.collect()
print("collected grew by >= 1:", gc.get_stats()[2]["collected"] - before >= 1)
print("uncollectable:", gc.get_stats()[2]["uncollectable"])
print(all(type(v) is int and v >= 0 for d in gc.get_stats() for v in d.values()))
