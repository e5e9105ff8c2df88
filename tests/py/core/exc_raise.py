# raise forms: instance, class, re-raise, raise from, __context__ and __cause__.
def f(kind):
    if kind == "instance":
        raise ValueError("bad value")
    if kind == "class":
        raise IndexError
    if kind == "reraise":
        try:
            raise KeyError("orig")
        except KeyError:
            raise
    if kind == "from":
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise RuntimeError("wrapped") from e
    if kind == "context":
        try:
            [][0]
        except IndexError:
            raise TypeError("during handling")
    if kind == "fromnone":
        try:
            {}[1]
        except KeyError:
            raise ValueError("quiet") from None
for kind in ["instance", "class", "reraise", "from", "context", "fromnone"]:
    try:
        f(kind)
    except Exception as e:
        cause = e.__cause__
        ctx = e.__context__
        print(kind, type(e).__name__, repr(e), e.args,
              type(cause).__name__, type(ctx).__name__, e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise e
except ValueError as e2:
    print("re-raised", e2)
