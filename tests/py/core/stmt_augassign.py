# Augmented assignment on names, subscripts and mixed types.
a = [1, 2]
alias = a
a += [3]
a *= 2
print(a, alias is a)
t = (1,)
tt = t
t += (2,)
print(t, tt)
s = "x"
s += "y"
s *= 3
print(s)
d = {"n": 1}
d["n"] += 10
d["n"] **= 2
d["n"] //= 3
d["n"] %= 7
print(d)
lst = [1, 2, 3]
lst[1] *= 10
lst[-1] -= 5
lst[0] <<= 4
print(lst)
n = 10
n /= 4
print(n, type(n))
n = 2 ** 64
n += 1
n >>= 1
n ^= 1
n &= 0xFFFF
n |= 0x10000
print(n)
try:
    lst[5] += 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    undefined_name += 1
except NameError as e:
    print(type(e).__name__, e)
