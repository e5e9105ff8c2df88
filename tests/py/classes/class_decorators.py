registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_method(name, value):
    def deco(cls):
        setattr(cls, name, lambda self: value)
        return cls
    return deco
@register
@add_method("answer", 42)
class Thing:
    pass
print(registry, Thing().answer())
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("a").url, Db("b").url, Db("c") is Db("d"))
def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
class Svc:
    @count_calls
    def ping(self):
        return "pong"
s = Svc()
print(s.ping(), s.ping(), Svc.ping.calls)
