# Types that do not accept weak references, and argument errors.
import weakref


class S:
    __slots__ = ()


class SW:
    __slots__ = ("__weakref__",)


class SS(S):
    pass


class I(int):
    pass


class T(tuple):
    pass


class L(list):
    pass


class D(dict):
    pass


class E(Exception):
    pass


for v in [1, "s", (), [], {}, None, 1.5, b"x", True, range(3), object(), S(), SW(), SS(), I(1),
          T(), L(), D(), E(), frozenset(), (x for x in ())]:
    try:
        weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        weakref.proxy(v)
    except TypeError as e:
        print(" proxy:", e)

for args in [(), (SW(), None, 1)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.ref(SW(), callback=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(SW())(1)
except TypeError as e:
    print(type(e).__name__, e)
for src in ["class B(SW): __slots__ = ('__weakref__',)",
            "class B: __slots__ = ('__weakref__', '__weakref__')"]:
    try:
        exec(src)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    weakref.ref(weakref.ref(SW))
except TypeError as e:
    print(type(e).__name__, e)
