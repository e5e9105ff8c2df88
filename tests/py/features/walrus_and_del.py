data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
while (item := data.pop()) != 1:
    print("popped", item)
print(data)
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
lst = list(range(10))
del lst[::3]
del lst[0]
print(d, lst)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
v = 5
del v
try:
    v
except NameError as e:
    print("NameError:", e)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
