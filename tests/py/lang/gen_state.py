# generator attributes and state
def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_suspended, g.gi_yieldfrom)
next(g)
print(g.gi_suspended)
list(g)
print(g.gi_suspended, g.gi_running)
def watcher():
    yield me.gi_running
me = watcher()
print(next(me))
print(type(g).__name__, g.__name__, gen.__name__)
def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__)
