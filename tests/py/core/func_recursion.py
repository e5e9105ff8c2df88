# Recursive functions: factorial, fibonacci, mutual recursion, hanoi, ackermann.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)
def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(fact(0), fact(5), fact(25), fact(60))
print(fib(0), fib(1), fib(10), fib(20))
print(is_even(10), is_odd(7), is_even(301))
hanoi(4, "A", "C", "B")
print(len(moves), moves[:7])
print(ack(2, 3), ack(3, 3))
def flatten(x, out):
    if isinstance(x, (list, tuple)):
        for y in x:
            flatten(y, out)
    else:
        out.append(x)
    return out
print(flatten([1, [2, (3, [4, [5]]), []], 6], []))
