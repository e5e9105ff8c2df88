import sys
v = sys.version_info
print(v.major, v[0] == v.major, v >= (3, 8), v < (4,), type(v).__name__, len(v), isinstance(v, tuple))
print(v.releaselevel in ("alpha", "beta", "candidate", "final"), repr(v).startswith("sys.version_info(major=3"))
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.max_exp, fi.min_10_exp)
try:
    v.major = 4
except AttributeError as e:
    print("AttributeError")
major, minor, *rest = sys.version_info
print(major, len(rest))
