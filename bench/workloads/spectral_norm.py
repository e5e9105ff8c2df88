# Spectral norm (adapted from tests/py/programs/spectral_norm.py): nested
# loops, calls, float and integer arithmetic. SCALE: matrix size n (O(n^2)).

DEFAULT_SCALE = 200


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mul_atv(v, out):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def work(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        mul_av(u, tmp)
        mul_atv(tmp, v)
        mul_av(v, tmp)
        mul_atv(tmp, u)
    vbv = vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    if vv == 0.0:
        return "empty"
    return format((vbv / vv) ** 0.5, ".9f")


if __name__ == "__main__":
    import driver

    driver.main(work, DEFAULT_SCALE)
