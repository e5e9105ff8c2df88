# try/except/else/finally ordering, including return/break/continue in finally.
def order(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order(False), order(True))
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_try())
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def loop_break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return i
print(loop_break_in_finally())
def loop_continue_in_finally():
    n = 0
    for i in range(3):
        try:
            n += 1
            raise ValueError(i)
        finally:
            continue
    return n
print(loop_continue_in_finally())
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
