def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "other"
    except ValueError as e:
        return f"handled {e}"
    finally:
        print("finally", n)
for n in range(3):
    print(f(n))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop())
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    else:
        print("no else")
    finally:
        print("outer finally")
nested()
def else_branch():
    try:
        x = 1
    except Exception:
        print("no")
    else:
        print("else ran", x)
else_branch()
