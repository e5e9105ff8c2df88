lst = [5, 3, 8, 1]
lst.append(7); lst.extend([2, 2]); lst.insert(0, 9); lst.insert(-1, 4); lst.insert(100, 0)
print(lst, lst.count(2), lst.index(8), lst.pop(), lst.pop(0), lst)
lst.remove(2); lst.reverse()
print(lst, sorted(lst), lst[::2], lst[-3:], lst[10:], len(lst))
lst.sort(key=lambda v: (v % 3, v))
print(lst)
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst, lst * 2 == lst + lst, [1, 2] < [1, 3], [[]] * 2)
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
copy = lst.copy(); copy.clear()
print(copy, lst != copy, list(reversed([1, 2, 3])), [1, [2, [3]]])
