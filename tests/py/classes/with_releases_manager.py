# The context manager (and its bound __enter__) is released as soon as the
# with statement ends; f-string conversions release their operands.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self.name
    def __exit__(self, *exc):
        return False
    def __del__(self):
        print("del", self.name)

def f():
    with CM("a") as n:
        print("inside", n)
    print("after with")
    try:
        with CM("b"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    print("after try")

f()

class Fmt:
    def __format__(self, spec):
        return "F" + spec
    def __repr__(self):
        return "Fmt()"
    def __del__(self):
        print("del Fmt")

print(f"{Fmt():x>3}")
print(f"{Fmt()!r:>8}")
print("end")
