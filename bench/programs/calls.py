# Calls: builtins, functions with defaults and keywords, nested calls.
def add(a, b=1, *, scale=1):
    return (a + b) * scale

def run(n):
    total = 0
    data = [3, 1, 2]
    for i in range(n):
        total += add(i) + add(i, 2) + add(i, b=3, scale=2)
        total += len(data) + abs(-i) + min(i, 5) + max(data)
    return total

print(run(300000))
