# assert with and without message, caught.
assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False, 42
except AssertionError as e:
    print(type(e).__name__, e, e.args)
def check(n):
    assert n > 0, "n must be positive"
    return n * 2
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("caught:", e)
