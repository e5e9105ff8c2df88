import functools

def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('ret', result)
        return result
    return wrapper

def repeat(n):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            results = []
            for _ in range(n):
                results.append(fn(*args))
            return results
        return wrapper
    return deco

@trace
def add(a, b=1):
    """Add numbers."""
    return a + b

@repeat(3)
def hello(name):
    return 'hi ' + name

add(2, b=3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
print(hello('bob'), hello.__name__)

class Greeter:
    def __repr__(self):
        return 'Greeter()'
    @trace
    def greet(self, who):
        return 'hello ' + who

print(Greeter().greet('x'))
print(Greeter.greet.__qualname__)
