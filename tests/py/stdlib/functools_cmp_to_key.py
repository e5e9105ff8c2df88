from functools import cmp_to_key

def cmp(a, b):
    return (a > b) - (a < b)

def rev(a, b):
    return cmp(b, a)

print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=cmp_to_key(rev)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) > K(2), K(1) >= K(2), K(1) == K(1))
print(min([5, 3, 9], key=cmp_to_key(rev)), max([5, 3, 9], key=cmp_to_key(rev)))
try:
    hash(K(1))
except TypeError as e:
    print(type(e).__name__, e)
print(K(4).obj)
