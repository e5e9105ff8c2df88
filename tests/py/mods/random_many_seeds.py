import random
for s in range(60):
    random.seed(s)
    xs = list(range(12))
    random.shuffle(xs)
    print(s, random.randrange(1000), random.randint(-3, 3), random.choice("abcdefg"),
          random.sample(range(50), 4), xs[:4], random.choices("xyz", [1, 2, 3], k=3), random.getrandbits(40))
for s in ["alpha", "beta", "gamma", "delta"]:
    r = random.Random(s)
    print(s, r.random(), r.randrange(10**12), r.uniform(0, 1))
