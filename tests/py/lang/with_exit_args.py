# __exit__ receives the exception type, value and traceback
class Show:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t, repr(v), type(tb).__name__)
        return True
with Show():
    raise ValueError("v1")
with Show():
    1 / 0
with Show():
    {}["missing"]
with Show():
    pass
