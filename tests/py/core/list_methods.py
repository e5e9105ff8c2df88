# Every list method, with edge cases and errors.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.extend("xy")
a.extend(range(2))
a.extend(())
print(a)
a.insert(0, "first")
a.insert(-1, "neg")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove("x")
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index(1, 0), a.count(1), a.count("zz"), a.index("first"))
b = a.copy()
b.reverse()
print(b, a is b, a == b[::-1])
a.clear()
print(a, len(a), b.count(0))
c = [1, 2, 3, 2, 1]
c.remove(2)
print(c, c.index(2, 2), c.index(1, -1))
for op in ("remove", "index", "pop", "popempty", "popbig"):
    try:
        if op == "remove":
            c.remove(99)
        elif op == "index":
            c.index(99)
        elif op == "pop":
            c.pop(10)
        elif op == "popempty":
            [].pop()
        else:
            c.pop(-10)
    except (ValueError, IndexError) as e:
        print(op, type(e).__name__, e)
try:
    c.index(1, 1, 3)
except ValueError as e:
    print(type(e).__name__, e)
print(c.append(9), c.extend([]), c.insert(0, 0), c.reverse(), c.sort(), c.clear())
try:
    c.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
