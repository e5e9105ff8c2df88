# an uncaught exception inside a generator shows the generator's frame
def produce():
    yield 1
    raise ValueError("bad item")
def consume():
    for item in produce():
        print("item", item)
consume()
