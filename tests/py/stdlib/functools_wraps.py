import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) * 2
    return wrapper

@deco
def double_me(x):
    """Returns x."""
    return x

double_me.extra = 1
print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__module__)
print(double_me.__qualname__)
print(double_me.__wrapped__(4))

def target():
    "target doc"
target.attr = 'copied'

def w():
    pass

r = functools.update_wrapper(w, target)
print(r is w, w.__name__, w.__doc__, w.attr, w.__wrapped__ is target)

def w2():
    pass
functools.update_wrapper(w2, target, assigned=('__doc__',), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, 'attr'))
print(functools.WRAPPER_ASSIGNMENTS)
print(functools.WRAPPER_UPDATES)
