# gc.collect() called from a gc.callbacks callback, in both phases, returns 0
# without starting another collection (CPython runs the callbacks while its
# "collecting" flag is set).
import gc

inner = []


def nested(phase, info):
    inner.append((phase, gc.collect()))


gc.callbacks.append(nested)
gc.collect()
gc.callbacks.remove(nested)
print(inner)
