# The int <-> str digit limit is adjustable through sys, like CPython's.
import sys
print(sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError", str(e)[:40])
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(6000)
print(len(str(10 ** 5000)), int("9" * 5500) % 7)
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10 ** 9000)))
try:
    sys.set_int_max_str_digits("x")
except TypeError as e:
    print(e)
