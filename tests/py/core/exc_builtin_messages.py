# Standard error messages for common failing operations.
def attempt(n):
    if n == 0:
        return "a" - 1
    if n == 1:
        x = None
        return x[0]
    if n == 2:
        return len(None)
    if n == 3:
        return [1, 2] * 1.5
    if n == 4:
        return (1).foo
    if n == 5:
        return "abc".nope
    if n == 6:
        return -"x"
    if n == 7:
        return ~1.5
    if n == 8:
        return 1 + None
    if n == 9:
        return [] + {}
    if n == 10:
        return {} * 2
    if n == 11:
        x = 5
        return x[0]
    if n == 12:
        return 1.5 // "a"
    if n == 13:
        return iter(5)
    if n == 14:
        return next(iter([]))
    if n == 15:
        return "abc" < 5
    if n == 16:
        return [1][0][0]
    if n == 17:
        return (None).x
    if n == 18:
        return [].x
    if n == 19:
        return {}.append
    return "ok"
for n in range(21):
    try:
        print(n, attempt(n))
    except Exception as e:
        print(n, type(e).__name__, e)
