# errors raised while formatting f-string values
x = 5
for fn in [lambda: f"{x:z}", lambda: f"{'s':d}", lambda: f"{x:.2s}", lambda: f"{[1]:>5}",
           lambda: f"{None:x}", lambda: f"{x:,s}", lambda: f"{1.5:d}", lambda: f"{undefined_name}"]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError", e)
