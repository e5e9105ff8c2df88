# Automatic collections: with a small threshold, allocating cycles triggers
# collections on their own; gc.callbacks see them as start/stop pairs.
import gc


class Cyc:
    live = 0

    def __init__(self):
        Cyc.live += 1
        self.me = self

    def __del__(self):
        Cyc.live -= 1


phases = []
gc.callbacks.append(lambda phase, info: phases.append(phase))
old = gc.get_threshold()
gc.set_threshold(20)
gc.collect()
phases.clear()
for i in range(3000):
    Cyc()
print("automatic collections ran:", len(phases) > 0)
print("pairs:", phases[0::2] == ["start"] * (len(phases) // 2), phases[1::2] == ["stop"] * (len(phases) // 2))
print("some cycles freed without gc.collect():", Cyc.live < 3000)

# Disabled: the same loop triggers nothing.
gc.disable()
phases.clear()
for i in range(3000):
    Cyc()
print("while disabled:", phases)
gc.enable()
gc.set_threshold(*old)
gc.callbacks.clear()
gc.collect()
print("left:", Cyc.live)
