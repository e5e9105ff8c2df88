# PEP 442: __del__ runs at most once per object, even when the object is
# resurrected by its __del__ and later becomes garbage again.
import gc

saved = []
calls = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        calls.append(self.name)
        saved.append(self)  # resurrect


gc.collect()
p = Phoenix("cyclic")
p.me = p
del p
gc.collect()
print("calls:", calls, "saved:", [s.name for s in saved])
print("finalized:", gc.is_finalized(saved[0]))

# Drop it again (still cyclic): collected without a second __del__.
saved.clear()
gc.collect()
print("calls:", calls, "saved:", len(saved))

# Same without a cycle: refcounting runs __del__ once, resurrection keeps it.
q = Phoenix("plain")
del q
print("calls:", calls, "saved:", [s.name for s in saved])
q = saved.pop()
print("finalized:", gc.is_finalized(q))
del q
print("calls:", calls, "saved:", len(saved))

# An object that does not resurrect: one call, then gone.
class Once:
    count = 0

    def __del__(self):
        Once.count += 1


o = Once()
o.me = o
del o
gc.collect()
gc.collect()
print("Once.count:", Once.count)

# Calling __del__ by hand does not mark the object finalized.
o = Once()
o.__del__()
print("manual:", Once.count, gc.is_finalized(o))
del o
print("after drop:", Once.count)
