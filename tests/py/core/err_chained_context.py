# Uncaught exception raised while handling another: both tracebacks are printed.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError("no such key")

print(lookup({"a": 1}, "a"))
lookup({}, "b")
