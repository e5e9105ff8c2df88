import random
for seed in [0, 1, 7, 123, 2**40, "key"]:
    random.seed(seed)
    deck = list(range(52))
    random.shuffle(deck)
    hand = random.sample(deck, 5)
    print(seed, deck[:8], hand, random.choice(deck), random.randrange(0, 52, 4), random.random())
r = random.Random(42)
letters = list("abcdefghij")
r.shuffle(letters)
print(letters, r.sample(letters, 3), r.choices(letters, k=3), r.getrandbits(64))
