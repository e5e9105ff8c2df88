# finally runs on every way out of a try: break, continue, return, exceptions.
import sys

def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"

def ret_then_finally(log):
    try:
        log.append("body")
        return "value"
    finally:
        log.append("cleanup")

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i if False else "f" + str(i))
    return out

def nested():
    out = []
    try:
        try:
            raise ValueError("inner")
        finally:
            out.append("inner finally")
    except ValueError as e:
        out.append("caught " + str(e))
    finally:
        out.append("outer finally")
    return out

def finally_replaces():
    try:
        try:
            raise KeyError("a")
        finally:
            raise TypeError("b")
    except Exception as e:
        return type(e).__name__, type(e.__context__).__name__

def swallow_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return i

log = []
print(ret_in_finally())
print(ret_then_finally(log), log)
print(loop_control())
print(nested())
print(finally_replaces())
print(swallow_in_finally())
print(sys.exc_info())
