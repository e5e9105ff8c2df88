# repr of nested and self-referencing lists and dicts.
a = [1, [2, [3, [4, []]]], "s", None, True, 1.5]
print(a, repr(a), str(a))
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r)
d = {"k": 1}
d["self"] = d
print(d)
x = [d, r]
print(x)
y = [[]]
y[0].append(y)
print(y)
t = ([],)
t[0].append(t)
print(t)
e = {}
e[1] = [e]
print(e, str(e))
