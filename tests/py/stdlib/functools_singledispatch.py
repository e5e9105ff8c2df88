from functools import singledispatch

@singledispatch
def show(x):
    return 'object ' + repr(x)

@show.register(int)
def _(x):
    return 'int ' + str(x)

@show.register(list)
def _(x):
    return 'list of ' + str(len(x))

def show_str(x):
    return 'str ' + x
show.register(str, show_str)

print(show(1), show(True), show('a'), show([1, 2]), show(1.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show.registry[object])
print(show.__name__)

class A:
    pass
class B(A):
    pass

@show.register(A)
def _(x):
    return 'A-ish ' + type(x).__name__

print(show(A()), show(B()))
try:
    show()
except TypeError as e:
    print(type(e).__name__, e)
try:
    show.register(5)
except TypeError as e:
    print(type(e).__name__, str(e)[:40])
