# Uncaught ZeroDivisionError raised three calls deep: full traceback, exit 1.
def ratio(a, b):
    return a / b

def average(values):
    total = 0
    for v in values:
        total += v
    return ratio(total, len(values))

def report(values):
    print("average of", values)
    return average(values)

print(report([1, 2, 3]))
print(report([]))
print("not reached")
