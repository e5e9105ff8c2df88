import random
random.seed(31)
counts = {"a": 0, "b": 0, "c": 0}
for x in random.choices(["a", "b", "c"], weights=[1, 0, 3], k=200):
    counts[x] += 1
print(counts)
print(random.choices(range(10), cum_weights=list(range(1, 11)), k=10))
print(random.choices(["x", "y"], [0.1, 0.9], k=5), random.choices("ab", weights=(2, 2)))
print(random.sample(range(100), k=0), random.sample("abcdefghij", 10))
