# Allocations that cannot succeed raise MemoryError and the program goes on.
try:
    s = "x" * 10**12
except (MemoryError, OverflowError) as e:
    print("str:", type(e).__name__)
try:
    l = [None] * 10**12
except (MemoryError, OverflowError) as e:
    print("list:", type(e).__name__)
try:
    t = (1,) * 10**12
except (MemoryError, OverflowError) as e:
    print("tuple:", type(e).__name__)
print("alive")
