import shapes_pkg
from shapes_pkg import Circle as C, VERSION
import shapes_pkg.sub.util
from shapes_pkg.sub import util as u
from shapes_pkg import *
import sys
print(C(2).area(), VERSION, shapes_pkg.sq.area(3), u.double(21), u.NAME, u.PARENT)
print(shapes_pkg.sub.util is u, "shapes_pkg.circle" in sys.modules, shapes_pkg.__name__, u.__package__)
print(sorted(k for k in dir(shapes_pkg) if not k.startswith("_")))
import circ_a, circ_b
print(circ_a.from_b(), circ_b.from_a())
try:
    import shapes_pkg.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from shapes_pkg import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
import sys as s2
print(s2 is sys, __name__)
