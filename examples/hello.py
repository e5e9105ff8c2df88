# A first program: functions, loops, containers and an exception handled.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

squares = {}
for i in range(10):
    squares[i] = i * i

print("fib(20) =", fib(20))
print("squares:", squares)
print("sorted words:", sorted("the quick brown fox jumps over the lazy dog".split(), key=len))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("caught:", type(e).__name__, e)
