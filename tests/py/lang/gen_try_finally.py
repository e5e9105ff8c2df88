# try/finally and except around yields
def g():
    try:
        yield "try"
    finally:
        print("finally runs")
    yield "after"
print(list(g()))
def h():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("caught at", i)
        finally:
            print("finally", i)
x = h()
print(next(x))
print(x.throw(ValueError))
print(next(x))
x.close()
print("closed")
def k():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
x = k()
next(x)
x.close()
def ret_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
x = ret_in_finally()
next(x)
try:
    next(x)
except StopIteration as e:
    print("value", e.value)
