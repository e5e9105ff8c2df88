# Cycles through dicts (values and nested dicts, mixed with lists).
import gc

gc.collect()

d = {}
d["self"] = d
del d
print("self dict:", gc.collect())

a = {"name": "a"}
b = {"name": "b", "peer": a}
a["peer"] = b
del a, b
print("two dicts:", gc.collect())

d = {"items": []}
d["items"].append(d)
del d
print("dict and list:", gc.collect())

# Keys can only be hashable: a tuple key holding a list is not possible, but a
# value can hold the dict that holds it several levels down.
top = {}
node = top
for i in range(20):
    node["child"] = {"depth": i}
    node = node["child"]
node["back"] = top
del top, node
print("chain of 21:", gc.collect())

# dict.fromkeys with a shared mutable value referencing the dict.
shared = []
d = dict.fromkeys("abc", shared)
shared.append(d)
del d, shared
print("fromkeys:", gc.collect())

# Still reachable: nothing collected, contents intact.
keep = {}
keep["k"] = keep
print("reachable:", gc.collect(), keep["k"] is keep)
