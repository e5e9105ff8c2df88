# Recursive Fibonacci: calls, integer compare and add.

DEFAULT_SCALE = 30


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def work(scale):
    return fib(scale)


if __name__ == "__main__":
    import driver

    driver.main(work, DEFAULT_SCALE)
