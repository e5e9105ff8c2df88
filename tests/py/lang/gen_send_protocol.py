# coroutine-style use of send: a running average and a line parser
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 40]])
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("matches:", matches)
        raise
g = grep("py")
next(g)
for line in ["python", "ruby", "pypy", "go"]:
    g.send(line)
g.close()
print(g.send.__name__ if hasattr(g.send, "__name__") else "send")
