# A float-heavy loop: multiply, add, divide, compare and int/float mixing in
# one function's locals (no calls). SCALE: iterations.

DEFAULT_SCALE = 2000000


def work(n):
    x = 0.5
    y = 1.25
    acc = 0.0
    for i in range(n):
        x = x * 1.0000001 + 0.0000003
        y = (y + x) / 2.0 - 0.125
        if y < 0.0:
            y = -y
        acc += x * y - i * 1e-9
    return format(acc, ".6e") + " " + format(x, ".9f") + " " + format(y, ".9f")


if __name__ == "__main__":
    import driver

    driver.main(work, DEFAULT_SCALE)
