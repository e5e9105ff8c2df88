# A nested function that refers to itself through its closure cell forms a
# cycle function -> closure tuple -> cell -> function.
import gc


class Marker:
    live = 0

    def __init__(self, name):
        self.name = name
        Marker.live += 1

    def __del__(self):
        Marker.live -= 1
        print("del marker", self.name)


def make_recursive(name):
    m = Marker(name)

    def fact(n):
        m  # keep the marker in the closure
        return 1 if n <= 1 else n * fact(n - 1)

    return fact


gc.collect()
f = make_recursive("fact")
print(f(5))
del f
print("alive after del:", Marker.live)
gc.collect()
print("alive after collect:", Marker.live)

# Two mutually recursive closures.
def make_pair():
    m = Marker("pair")

    def even(n):
        m
        return True if n == 0 else odd(n - 1)

    def odd(n):
        return False if n == 0 else even(n - 1)

    return even


e = make_pair()
print(e(10), e(7))
del e
print("alive:", Marker.live)
gc.collect()
print("alive:", Marker.live)

# A closure stored in a dict that it references.
def make_registry():
    reg = {"m": Marker("registry")}

    def lookup(k):
        return reg[k]

    reg["lookup"] = lookup
    return lookup


lk = make_registry()
print(lk("m").name)
del lk
print("alive:", Marker.live)
gc.collect()
print("alive:", Marker.live)

# A lambda with a default argument referring to a list that holds it (made
# inside a function: see KNOWN_DIFFERENCES.md on module-level functions).
def make_box():
    box = [Marker("lambda")]
    box.append(lambda b=box: len(b))
    return box


box = make_box()
print(box[1]())
del box
gc.collect()
print("alive:", Marker.live)
