# Floor division and modulo round toward -infinity.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (6, 3), (-6, 3),
         (1, 10), (-1, 10), (1, -10), (-1, -10)]
for p in pairs:
    a, b = p
    print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 30 + 7
for a in (big, -big):
    for b in (3, -3, 10 ** 20, -(10 ** 20)):
        q, r = divmod(a, b)
        print(q, r, q * b + r == a)
print(divmod(True, 2), divmod(-1, True))
