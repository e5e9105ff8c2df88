# Sieve of Eratosthenes and trial division.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    out = []
    for k in range(n + 1):
        if flags[k]:
            out.append(k)
    return out
ps = sieve(200)
print(len(ps), ps[:10], ps[-3:])
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
print(is_prime(97), is_prime(2 ** 31 - 1), is_prime(1), is_prime(91))
def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print(factor(360), factor(2 ** 20 * 3), factor(600851475143), factor(97))
