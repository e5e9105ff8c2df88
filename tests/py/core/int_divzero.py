# Division by zero errors, caught.
for a in (1, 0, -5, 2 ** 70):
    try:
        print(a / 0)
    except ZeroDivisionError as e:
        print("true", type(e).__name__, e)
    try:
        print(a // 0)
    except ZeroDivisionError as e:
        print("floor", type(e).__name__, e)
    try:
        print(a % 0)
    except ZeroDivisionError as e:
        print("mod", type(e).__name__, e)
    try:
        print(divmod(a, 0))
    except ZeroDivisionError as e:
        print("divmod", type(e).__name__, e)
for b in (0.0, -0.0):
    try:
        print(1.0 / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(1.0 // b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(1.0 % b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        print(1 / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
