# String building: concatenation, join, f-strings, str(), slicing, replace,
# upper and split. SCALE: outer iterations.

DEFAULT_SCALE = 100000


def work(n):
    total = 0
    last = ""
    for i in range(n):
        s = ""
        for j in range(8):
            s += str(i + j) + ","
        parts = s.split(",")
        line = "-".join(parts)
        line = f"{i}:{line}:{len(parts)}"
        line = line.replace("-", " ").upper()
        total += len(line) + len(line[3:-3])
        last = line
    return total, last


if __name__ == "__main__":
    import driver

    driver.main(work, DEFAULT_SCALE)
