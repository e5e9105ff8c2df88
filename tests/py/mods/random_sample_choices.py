import random
random.seed(3)
print(random.sample(range(10), 3), random.sample(range(100), 10), random.sample("abcdefgh", 8))
print(random.sample(range(1000000), 5), random.sample(range(60), 30))
print(random.sample([1, 2, 3], 0), random.sample(["a", "b"], k=2))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices("abc", k=10), random.choices(range(5)), random.choices([1, 2, 3], [10, 1, 1], k=8))
print(random.choices("xyz", cum_weights=[1, 5, 10], k=6), random.choices(["a", "b"], weights=[0.5, 0.25], k=4))
for args, kw in [(([1, 2], 3), {}), (({1: 2}, 1), {}), (([1], -1), {})]:
    try:
        print(random.sample(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args, kw in [((["a", "b"],), {"weights": [1], "k": 2}), ((["a"], [1]), {"cum_weights": [1]}),
                 ((["a", "b"], 3), {}), ((["a"],), {"weights": [0]}), ((["a"],), {"weights": [float("inf")]})]:
    try:
        print(random.choices(*args, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
