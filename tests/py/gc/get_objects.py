# gc.get_objects() lists tracked objects: containers yes, atoms no.
import gc


def tracked(o):
    return any(x is o for x in gc.get_objects())


lst = [1, 2, 3]
print("list:", tracked(lst))


class C:
    pass


inst = C()
print("instance:", tracked(inst))


def fn():
    pass


print("function:", tracked(fn))
print("class:", tracked(C))

# Atomic objects are never tracked.
s = "some string " * 3
print("str:", any(x is s for x in gc.get_objects()))
n = 12345678901234567890
print("int:", any(x is n for x in gc.get_objects()))

# Generations: all objects are in the listing with no argument or 2 or None.
everything = gc.get_objects()
print(len(everything) > 100, type(everything).__name__)
g2 = gc.get_objects(generation=None)
print(any(x is lst for x in g2))

# A freed list leaves the listing.
tmp = [[]]
tmp[0].append(tmp)
idt = id(tmp)
del tmp
gc.collect()
print("freed gone:", not any(id(x) == idt and type(x) is list and len(x) == 1 and x[0] and x[0][0] is x for x in gc.get_objects()))
