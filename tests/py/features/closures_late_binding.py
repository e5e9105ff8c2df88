funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(10) for a in make_adders()])
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2())
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21))
print(make_adders()[0].__defaults__, counter().__closure__ is not None, compose.__code__.co_name if hasattr(compose, "__code__") else "compose")
