# gc.is_tracked and gc.is_finalized on various objects (dicts and tuples
# are left out: CPython untracks them lazily when they hold only atoms).
import gc


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


class WithDel:
    def __del__(self):
        pass


for name, obj in [("int", 1), ("big int", 2**100), ("float", 1.5), ("str", "s"),
                  ("bytes", b"b"), ("None", None), ("True", True), ("complex", 1j),
                  ("range", range(3)), ("list", []), ("list of ints", [1, 2]),
                  ("set", {1}), ("frozenset", frozenset({1})), ("bytearray", bytearray(b"x")),
                  ("instance", Plain()), ("slotted", Slotted()), ("function", len.__call__ and (lambda: 0)),
                  ("class", Plain), ("module", gc), ("bound method", Plain().__init__)]:
    print(name, gc.is_tracked(obj))

w = WithDel()
print("finalized before:", gc.is_finalized(w))
w.me = w
keep = []


class Saver:
    def __del__(self):
        keep.append(self)


s = Saver()
s.me = s
del s
gc.collect()
print("resurrected finalized:", gc.is_finalized(keep[0]))
print("plain finalized:", gc.is_finalized(Plain()), gc.is_finalized(1), gc.is_finalized([]))
