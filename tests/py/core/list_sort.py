# sort / sorted: key, reverse, stability, errors.
nums = [5, -3, 2, 2 ** 70, -1.5, 0, 7, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "fig", "Date", "kiwi", "egg"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=str.lower))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c"), (1, "c")]
def first(p):
    return p[0]
print(sorted(pairs, key=first))
print(sorted(pairs, key=first, reverse=True))
print(sorted(pairs), sorted(pairs, reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted([]), sorted(range(5), reverse=True))
print(sorted([[2, 1], [1, 5], [1], [], [2]]))
big = []
i = 0
while i < 100:
    big.append((i * 37) % 101)
    i += 1
big.sort()
print(big[:10], big[-5:], len(big))
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
x = [3, 1, 2]
y = sorted(x)
print(x, y, x.sort(key=abs), x)
