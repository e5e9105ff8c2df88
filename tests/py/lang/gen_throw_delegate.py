# throw() and close() reach the innermost generator of a yield-from chain
def leaf():
    try:
        yield "leaf"
    except KeyError:
        yield "leaf handled"
    finally:
        print("leaf closed")
def middle():
    try:
        yield from leaf()
    finally:
        print("middle closed")
def top():
    yield from middle()
t = top()
print(next(t), t.throw(KeyError), next(t, "end"))
t = top()
next(t)
t.close()
print("chain closed")
t = top()
next(t)
try:
    t.throw(IndexError("deep"))
except IndexError as e:
    print("IndexError", e)
class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "item"
    def throw(self, *args):
        print("Thrower.throw", args[0].__name__)
        raise StopIteration("stopped")
def over_obj():
    r = yield from Thrower()
    print("result", r)
    yield "done"
o = over_obj()
print(next(o), o.throw(ValueError))
