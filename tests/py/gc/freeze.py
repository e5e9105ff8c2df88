# gc.freeze() moves every tracked object to a permanent generation that
# collections ignore; gc.unfreeze() puts them back.
import gc


class Cyc:
    live = 0

    def __init__(self):
        Cyc.live += 1
        self.me = self

    def __del__(self):
        Cyc.live -= 1


gc.collect()
print("frozen at start:", gc.get_freeze_count())
c = Cyc()
del c
gc.freeze()
print("frozen > 0:", gc.get_freeze_count() > 0)
gc.collect()
print("frozen cycle survives:", Cyc.live)

# New garbage made after freeze() is collected as usual.
d = Cyc()
del d
gc.collect()
print("new cycle collected:", Cyc.live)

# Frozen objects are not in any collectable generation but are still tracked.
lst = [1, 2]
gc.freeze()
print("tracked while frozen:", gc.is_tracked(lst))

gc.unfreeze()
print("frozen after unfreeze:", gc.get_freeze_count())
gc.collect()
print("old cycle collected:", Cyc.live)

# Freeze twice, unfreeze once: everything is back.
gc.freeze()
gc.freeze()
gc.unfreeze()
print("frozen:", gc.get_freeze_count())
