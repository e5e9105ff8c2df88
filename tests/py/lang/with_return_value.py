# the value of __enter__, return/continue through with, exit arguments
class Counter:
    entered = 0
    exited = 0
    def __enter__(self):
        Counter.entered += 1
        return Counter.entered
    def __exit__(self, *args):
        Counter.exited += 1
        print("exit args", args[0] is None, args[1] is None, args[2] is None)
def f(n):
    for i in range(n):
        with Counter() as c:
            if i % 2:
                continue
            if i == 4:
                return c
    return None
print(f(6), Counter.entered, Counter.exited)
def gen():
    with Counter() as c:
        yield c
        yield c + 100
print(list(gen()), Counter.entered, Counter.exited)
x = [Counter() for _ in range(2)]
with x[0] as a, x[1] as b:
    print("pair", a, b)
print(Counter.exited)
