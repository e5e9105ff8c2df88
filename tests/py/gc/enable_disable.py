# gc.disable() stops automatic collections, gc.collect() still works;
# gc.enable() turns them back on.
import gc


class Cyc:
    live = 0

    def __init__(self):
        Cyc.live += 1
        self.me = self

    def __del__(self):
        Cyc.live -= 1


print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())

# With automatic collections off, nothing frees these cycles...
gc.set_threshold(10)
for i in range(2000):
    Cyc()
print("alive while disabled:", Cyc.live)

# ...until an explicit collection.
gc.collect()
print("after collect:", Cyc.live)

gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

# Enabled with a small threshold: automatic collections free most of them
# while the loop runs.
for i in range(5000):
    Cyc()
print("automatic collections ran:", Cyc.live < 5000)
gc.collect()
print("after collect:", Cyc.live)
