# for loops over many iterables, with else, break and continue, nested loops.
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([3, 1, 4], 4)
find("hello", "z")
find((), 1)
for ch in "ab":
    for n in range(3):
        if n == 1:
            continue
        if ch == "b" and n == 2:
            break
        print(ch, n)
    else:
        print("inner else", ch)
total = 0
for k in {"x": 1, "y": 2}:
    total += len(k)
for v in range(10, 0, -4):
    total += v
print(total)
for i in range(3):
    pass
print(i)
for i in []:
    print("never")
else:
    print("empty else", i)
seq = [1, 2, 3]
for x in seq:
    if x == 1:
        seq.append(4)
    print(x, end=" ")
print()
try:
    for z in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
