# pipelines of generators
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def evens(it):
    return (v for v in it if v % 2 == 0)
def squares(it):
    for v in it:
        yield v * v
print(list(take(5, squares(evens(numbers())))))
def chunks(seq, size):
    chunk = []
    for v in seq:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunks(range(7), 3)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
print(list(take(10, primes())))
print(sum(take(100, numbers())), max(take(3, numbers())))
