# send, throw and close
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("finally", received)
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
print("closed")
g.close()
try:
    g.send(1)
except StopIteration:
    print("StopIteration after close")
g = echo()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
g = catcher()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(g.throw(ValueError, "two"))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(next(g, "finished"))
def ignore_exit():
    ignored = 0
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
            ignored += 1
            if ignored == 2:
                return
g = ignore_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
g.close()
print("second close ends it")
def unstarted():
    print("never runs")
    yield 1
g = unstarted()
g.close()
print(list(g))
g = unstarted()
try:
    g.throw(IndexError("first"))
except IndexError as e:
    print("IndexError", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
g = returns_on_exit()
next(g)
print(g.close())
for bad in [lambda: g.throw(1), lambda: g.throw(ValueError("x"), 1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
