# helper module
calls = []
VALUE = 42


def greet(name):
    calls.append(name)
    return "hello, " + name


calls.append(__name__)
