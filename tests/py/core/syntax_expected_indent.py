# A block opener followed by an unindented line.
def f():
    return 1

def g():
return 2

print(f(), g())
