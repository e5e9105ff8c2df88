class ValidationError(ValueError):
    def __init__(self, field, problem):
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
class Missing(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")
def validate(d):
    errors = []
    for f in ("name", "age"):
        if f not in d:
            errors.append(Missing(f))
    if "age" in d and not isinstance(d["age"], int):
        errors.append(ValidationError("age", "must be int"))
    return errors
for d in [{}, {"name": "x", "age": "3"}, {"name": "y", "age": 4}]:
    errs = validate(d)
    print([str(e) for e in errs], [type(e).__name__ for e in errs])
try:
    raise Missing("email")
except ValueError as e:
    print(isinstance(e, ValidationError), e.field, e.problem, e.args)
class Retry(Exception):
    attempts = 0
def flaky():
    Retry.attempts += 1
    if Retry.attempts < 3:
        raise Retry(f"attempt {Retry.attempts}")
    return "ok"
while True:
    try:
        print(flaky())
        break
    except Retry as r:
        print("retrying after", r)
class Cleanup(Exception):
    pass
def f():
    try:
        raise Cleanup("first")
    finally:
        print("finally runs")
try:
    f()
except Cleanup as e:
    print("caught", e, e.__traceback__ is not None)
e = ValidationError("f", "p")
print(repr(e), e.__class__.__mro__[:3])
