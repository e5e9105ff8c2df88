# gc.callbacks: each callback gets ("start", info) before and ("stop", info)
# after a collection; info has generation, collected, uncollectable.
import gc

events = []


def cb(phase, info):
    events.append((phase, sorted(info), info["generation"], type(info["collected"]).__name__,
                   info["uncollectable"]))


print(type(gc.callbacks).__name__, gc.callbacks)
gc.callbacks.append(cb)
gc.collect()
for e in events:
    print(e)

# The stop info counts the unreachable objects found (a list cycle: exact).
stops = []


def count_cb(phase, info):
    if phase == "stop":
        stops.append(info["collected"])


events.clear()
gc.callbacks.append(count_cb)
l = []
l.append(l)
del l
n = gc.collect()
print("phases:", [e[0] for e in events])
print("collect returned", n, "callback saw", stops)

# Two callbacks run in list order.
order = []
gc.callbacks[:] = [lambda p, i: order.append(("first", p)), lambda p, i: order.append(("second", p))]
gc.collect()
print(order)

# Removing callbacks: none run.
gc.callbacks.clear()
events.clear()
gc.collect()
print("after clear:", events, gc.callbacks)

# A callback may look at gc state; collect() inside a callback does nothing
# (the "stop" phase is in callbacks_nested.py).
inner = []


def nested(phase, info):
    if phase == "start":
        inner.append((phase, gc.collect()))
    else:
        inner.append((phase, gc.isenabled()))


gc.callbacks.append(nested)
gc.collect()
gc.callbacks.remove(nested)
print("nested collect results:", inner)

# The callbacks list is the same object on every import.
import gc as again
print(again.callbacks is gc.callbacks)
