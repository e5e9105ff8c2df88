import math
print(math.comb(1000, 500) % 1000000007, math.perm(50, 25), math.factorial(100) // math.factorial(98))
print(math.comb(10**6, 3), math.isqrt(10**100), math.isqrt(2**201 - 1), math.gcd(2**200, 3**100 * 2**5), math.lcm(2**64, 3**40) % 1000)
for n in range(8):
    row = []
    for k in range(n + 1):
        row.append(math.comb(n, k))
    print(row, sum(row) == 2 ** n)
print(math.prod(range(1, 21)) == math.factorial(20), math.prod([2] * 100) == 2 ** 100, math.prod([0.5, 4, 0.25]))
