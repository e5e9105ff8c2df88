import math
print(list(map(math.factorial, range(12))))
print(math.factorial(30), len(str(math.factorial(500))))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0))
print(math.gcd(2**100, 6**50), math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3))
print(list(map(math.isqrt, [0, 1, 2, 3, 4, 15, 16, 17, 99, 100])), math.isqrt(10**40 + 1))
print(math.isqrt(True), math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 4), math.perm(5, None))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 6), start=2), math.prod([1.5, 2]))
print(math.prod(["a", 3], start=1) if False else math.prod([3], start="ab"))
for f, args in [(math.factorial, (-1,)), (math.factorial, (1.0,)), (math.factorial, ("3",)),
                (math.isqrt, (-1,)), (math.isqrt, (2.0,)), (math.comb, (-1, 2)), (math.comb, (5, -1)),
                (math.comb, (5.0, 2)), (math.perm, (-1,)), (math.perm, (3, -1)), (math.gcd, (1.5,)),
                (math.lcm, (2, "x")), (math.prod, ()), (math.prod, (5,)), (math.comb, (1,)),
                (math.perm, ()), (math.factorial, ())]:
    try:
        print(f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
