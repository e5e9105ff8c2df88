# A cycle through each kind of built-in object that can hold a reference:
# box (a list) -> object -> ... -> box. Each cycle holds a Probe; after
# gc.collect() no Probe is alive.
import collections
import functools
import gc
import itertools
import operator
import types


class Probe:
    live = 0

    def __init__(self):
        Probe.live += 1

    def __del__(self):
        Probe.live -= 1


def check(name, make):
    def build():
        box = [Probe()]
        obj = make(box)
        box.append(obj)

    build()
    alive = Probe.live
    gc.collect()
    print(name, alive, "->", Probe.live)


def set_iterator(box):
    s = {1, 2}
    it = iter(s)
    box.append(s)
    return it


def with_class(box):
    K = type("K", (), {"box": box})
    return super(K, K())


check("list_iterator", lambda b: iter(b))
check("reversed", lambda b: reversed(b))
check("enumerate", lambda b: enumerate(b))
check("zip", lambda b: zip(b, b))
check("map", lambda b: map(len, b))
check("map with closure", lambda b: map(lambda x: b, [1]))
check("filter", lambda b: filter(None, b))
check("dict key iterator", lambda b: iter({1: b}))
check("dict values view", lambda b: {1: b}.values())
check("dict items iterator", lambda b: iter({1: b}.items()))
check("set iterator", set_iterator)
check("tuple iterator", lambda b: iter((b,)))
check("callable iterator", lambda b: iter(lambda: b, None))
check("itertools.chain", lambda b: itertools.chain(b))
check("itertools.starmap", lambda b: itertools.starmap(len, [b]))
check("itertools.islice", lambda b: itertools.islice(b, 5))
check("itertools.cycle", lambda b: itertools.cycle(b))
check("itertools.repeat", lambda b: itertools.repeat(b))
check("itertools.accumulate", lambda b: itertools.accumulate(b))
check("itertools.groupby", lambda b: itertools.groupby(b))
check("itertools.product", lambda b: itertools.product(b))
check("itertools.permutations", lambda b: itertools.permutations(b))
check("itertools.tee", lambda b: itertools.tee(b)[0])
check("itertools.zip_longest", lambda b: itertools.zip_longest(b))
check("itertools.takewhile", lambda b: itertools.takewhile(bool, b))
check("functools.partial", lambda b: functools.partial(len, b))
check("collections.deque", lambda b: collections.deque([b]))
check("defaultdict factory", lambda b: collections.defaultdict(lambda: b))
check("OrderedDict", lambda b: collections.OrderedDict(k=b))
check("SimpleNamespace", lambda b: types.SimpleNamespace(b=b))
check("mappingproxy", lambda b: types.MappingProxyType({"b": b}))
check("property", lambda b: property(lambda s: b))
check("staticmethod", lambda b: staticmethod(lambda: b))
check("classmethod", lambda b: classmethod(lambda c: b))
check("super", with_class)
check("operator.methodcaller", lambda b: operator.methodcaller("m", b))
check("bound builtin method", lambda b: b.append)
check("cell", lambda b: (lambda: b).__closure__[0])
check("slice", lambda b: slice(b))
check("dict subclass", lambda b: type("D", (dict,), {})(b=b))
check("list subclass", lambda b: type("L", (list,), {})([b]))
check("generator expression", lambda b: (x for x in b))
check("class", lambda b: type("T", (), {"b": b}))
check("exception", lambda b: ValueError(b))
check("dict", lambda b: {"b": b})
