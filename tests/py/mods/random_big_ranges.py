import random
random.seed(2023)
for n in [1, 2, 3, 2**31, 2**32, 2**32 + 1, 2**53, 2**63, 2**64 + 3, 10**30, 3**100]:
    print(n if n < 10**20 else 'big', random.randrange(n), random.randrange(-n, n) if n > 1 else 0)
print(random.randint(10**50, 10**50 + 10), random.randrange(10**40, 10**41, 10**39))
