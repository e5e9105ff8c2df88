# sorted() is stable for equal keys, with key and reverse; reverse keeps equal order.
recs = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2), ("gus", 3)]
def score(r):
    return r[1]
def name(r):
    return r[0]
by_score = sorted(recs, key=score)
print(by_score)
print(sorted(recs, key=score, reverse=True))
print(sorted(sorted(recs, key=name, reverse=True), key=score))
vals = [3, 1, 2, 1, 3, 2]
tagged = []
i = 0
while i < len(vals):
    tagged.append((vals[i], i))
    i += 1
def v0(p):
    return p[0]
print(sorted(tagged, key=v0))
print(sorted([-3, 2, -2, 3, 1, -1], key=abs), sorted([1.0, 1, True, 1.5, 0], reverse=True))
print(sorted("The quick Brown fox".split(), key=str.lower), sorted([[], [1], [0, 5], [0]]))
nums = []
n = 12345
while len(nums) < 200:
    n = (n * 1103515245 + 12345) % 2147483648
    nums.append(n % 1000)
s = sorted(nums)
ok = True
j = 1
while j < len(s):
    if s[j - 1] > s[j]:
        ok = False
    j += 1
print(ok, s[:8], s[-3:], sum(s) == sum(nums), sorted(nums, reverse=True)[:5])
