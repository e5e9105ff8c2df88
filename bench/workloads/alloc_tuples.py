# Allocation-heavy: build lists of small tuples and drop them (every tuple is
# a tracked container: refcounts, the allocator and the track buffers).

DEFAULT_SCALE = 200


def work(scale):
    total = 0
    for r in range(scale):
        rows = [(i, i + r, (i, r)) for i in range(1000)]
        total += len(rows) + rows[-1][1]
    return total


if __name__ == "__main__":
    import driver

    driver.main(work, DEFAULT_SCALE)
