class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__("not found: " + what)
        self.what = what
        self.code = code
class Quiet(AppError):
    def __str__(self):
        return "quiet!"
try:
    raise NotFound("page")
except AppError as e:
    print(type(e).__name__, e, e.args, e.what, e.code, repr(e))
try:
    raise NotFound("x", code=410)
except NotFound as e:
    print(e.code, isinstance(e, Exception), isinstance(e, AppError))
try:
    raise Quiet("loud")
except Exception as e:
    print(str(e), repr(e), e.args)
class WithArgs(ValueError):
    pass
e = WithArgs(1, 2)
print(e.args, str(e), repr(e), isinstance(e, ValueError))
try:
    raise WithArgs
except ValueError as e:
    print("caught", repr(e))
class Chain(Exception):
    pass
try:
    try:
        {}["k"]
    except KeyError as inner:
        raise Chain("outer") from inner
except Chain as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
print(NotFound.__mro__)
