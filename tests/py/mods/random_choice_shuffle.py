import random
random.seed(11)
seq = list(range(20))
for i in range(5):
    random.shuffle(seq)
    print(seq)
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choice(range(100)), random.choice((1,)))
words = ["apple", "banana", "cherry", "date"]
picks = []
for i in range(15):
    picks.append(random.choice(words))
print(picks)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
big = list(range(100))
random.shuffle(big)
print(big[:10], sum(big))
