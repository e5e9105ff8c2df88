# del of names/items/slices, global declarations, UnboundLocalError.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter)
def make_global():
    global created
    created = "made"
make_global()
print(created)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
def local_before_assign():
    print(y)
    y = 1
y = "global y"
try:
    local_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def del_local():
    z = 1
    del z
    return z
try:
    del_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
a, b = 1, 2
del a, b
try:
    del a
except NameError as e:
    print(type(e).__name__, e)
