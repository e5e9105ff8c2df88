# A suspended generator whose frame refers to the generator itself: the
# collector finalizes it (close(): its finally block runs) and frees it.
import gc


class Probe:
    live = 0

    def __init__(self):
        Probe.live += 1

    def __del__(self):
        Probe.live -= 1


def selfish():
    p = Probe()
    me = yield "started"
    try:
        while True:
            yield me is not None
    finally:
        print("generator finally, p alive:", p is not None)


gc.collect()
g = selfish()
print(next(g))
print(g.send(g))
print(next(g))
del g
print("alive before collect:", Probe.live)
gc.collect()
print("alive after collect:", Probe.live)

# A generator stored in a list that the generator's frame holds.
def lister(box):
    p = Probe()
    for i in range(3):
        yield len(box), p is not None


box = []
box.append(lister(box))
print(next(box[0]))
del box
print("alive before:", Probe.live)
gc.collect()
print("alive after:", Probe.live)

# A finished generator holds no frame: no cycle, refcounting frees it.
def short(box):
    yield 1


box = []
box.append(short(box))
print(list(box[0]))
del box
print("collected:", gc.collect())
