# comprehensions in class bodies see only the first iterable's class names
class C:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    size = 10
    try:
        bad = [size for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
class D:
    n = 3
    squares = {i: i * i for i in range(n)}
print(D.squares)
