# an uncaught error inside a list comprehension
def parse(values):
    return [int(v) for v in values]
print(parse(["1", "2"]))
parse(["3", "x"])
