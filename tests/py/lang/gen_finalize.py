# an unfinished generator runs its finally block when it is dropped
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
x = g()
print(next(x))
del x
print("after del")
def h():
    for i in range(3):
        yield i
    print("h finished")
for v in h():
    if v == 1:
        break
print("broke out")
y = g()
del y
print("unstarted dropped")
