# Mutating a list while it is being sorted raises ValueError; key errors propagate.
data = [3, 1, 2]
def grow(x):
    data.append(x)
    return x
try:
    data.sort(key=grow)
except ValueError as e:
    print(type(e).__name__, e)
def bad_key(x):
    if x == 2:
        raise KeyError(x)
    return x
nums = [3, 2, 1]
try:
    nums.sort(key=bad_key)
except KeyError as e:
    print(type(e).__name__, e, sorted(nums))
def neg(x):
    return -x
nums.sort(key=neg)
print(nums)
