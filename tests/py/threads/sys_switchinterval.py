# sys.getswitchinterval / setswitchinterval / _is_gil_enabled.
import sys

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: sys.getswitchinterval())
show(lambda: sys.setswitchinterval(0))
show(lambda: sys.setswitchinterval(-1))
show(lambda: sys.setswitchinterval("a"))
show(lambda: sys.setswitchinterval(0.001))
show(lambda: sys.getswitchinterval())
show(lambda: sys.setswitchinterval(1))
show(lambda: sys.getswitchinterval())
show(lambda: sys.setswitchinterval())
show(lambda: sys.setswitchinterval(interval=1))
show(lambda: sys.getswitchinterval(1))
