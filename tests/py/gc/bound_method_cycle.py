# A bound method stored on its own instance (self.m = self.method) makes a
# cycle instance -> __dict__ -> bound method -> instance.
import gc


class Handler:
    live = 0

    def __init__(self, name):
        self.name = name
        self.callback = self.handle
        Handler.live += 1

    def handle(self, x):
        return self.name + ":" + str(x)

    def __del__(self):
        Handler.live -= 1
        print("del", self.name)


gc.collect()
h = Handler("h1")
print(h.callback(1))
print(h.callback.__self__ is h, h.callback.__func__ is Handler.handle)
del h
print("alive:", Handler.live)
gc.collect()
print("alive:", Handler.live)

# Bound methods of two instances stored crosswise.
a = Handler("a")
b = Handler("b")
a.other = b.handle
b.other = a.handle
a.callback = None
b.callback = None
del a, b
print("alive:", Handler.live)
gc.collect()
print("alive:", Handler.live)

# A list of bound methods held by the instance.
h = Handler("listeners")
h.callback = None
h.listeners = [h.handle, h.handle]
print([f(2) for f in h.listeners])
del h
gc.collect()
print("alive:", Handler.live)

# Breaking the cycle by hand frees without the collector.
h = Handler("manual")
h.callback = None
del h
print("alive:", Handler.live)
