# The handled exception: sys.exc_info(), bare raise, names cleared after except.
import sys

def show():
    e = sys.exc_info()[1]
    return None if e is None else (type(e).__name__, str(e))

try:
    raise ValueError("outer")
except ValueError:
    print("in handler:", show())
    try:
        raise KeyError("inner")
    except KeyError:
        print("nested:", show())
    print("back:", show())
print("after:", show())

def reraiser():
    try:
        raise IndexError("again")
    except IndexError:
        raise

try:
    reraiser()
except IndexError as e:
    print("re-raised:", repr(e))

try:
    raise RuntimeError("x")
except RuntimeError as err:
    pass
try:
    err
except NameError as e:
    print("NameError:", e)

def context_chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["missing"]
    except KeyError as e:
        return repr(e.__context__), e.__suppress_context__

print(context_chain())

def explicit_cause():
    try:
        raise ValueError("bad") from None
    except ValueError as e:
        return e.__cause__, e.__suppress_context__, e.__context__

print(explicit_cause())

try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple match:", type(e).__name__, e.args)

for n in range(4):
    try:
        if n % 2:
            raise ValueError(n)
    except ValueError as e:
        if n == 3:
            break
        continue
    finally:
        print("finally", n)
print("done", n)
