# Nested loops: backward jumps, range iteration, small-int multiply and add.
def run(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += i * j
    return total

print(run(3000))
