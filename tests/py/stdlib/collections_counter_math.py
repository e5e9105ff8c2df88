from collections import Counter

a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1))
x = Counter(a=3, b=1)
x += Counter(b=-5, c=2)
print(x)
x -= Counter(a=1)
print(x)
x |= Counter(a=7)
print(x)
x &= Counter(a=4, c=1)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=2, b=1) >= Counter(a=1))
print(Counter('aab') == {'a': 2, 'b': 1})
try:
    Counter() + 1
except TypeError as e:
    print(type(e).__name__, e)
