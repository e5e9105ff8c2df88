# if/elif/else, while/else, break, continue, pass; truthiness of values.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for n in (-5, 0, 3, 10, 2 ** 70):
    print(n, classify(n))
for v in [0, 1, -1, 0.0, -0.0, 0.1, "", "0", " ", [], [0], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1), 2 ** 64]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i == 7:
        break
    print("odd", i)
else:
    print("not reached")
j = 0
while j < 3:
    j += 1
else:
    print("while-else ran", j)
while False:
    pass
if not []:
    pass
print("done")
