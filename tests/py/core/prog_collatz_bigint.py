# Loops with big integers: collatz lengths, digit sums, fibonacci to 300, powers of 3.
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2:
            n = 3 * n + 1
        else:
            n //= 2
        steps += 1
    return steps
best = 0
arg = 0
for k in range(1, 3000):
    c = collatz_len(k)
    if c > best:
        best = c
        arg = k
print(arg, best, collatz_len(2 ** 100 + 1))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
s = 0
for ch in str(2 ** 1000):
    s += int(ch)
print(s)
p = 1
for i in range(1, 101):
    p *= 3
print(p, p % 1000000007, p.bit_length())
print((2 ** 127 - 1) % 1000003, (-(3 ** 80)) // (7 ** 20), (-(3 ** 80)) % (7 ** 20))
