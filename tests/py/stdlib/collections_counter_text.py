from collections import Counter

text = '''It was the best of times it was the worst of times
it was the age of wisdom it was the age of foolishness'''
words = text.lower().split()
c = Counter(words)
print(c.most_common(4))
print(c['was'], c['missing'], len(c), c.total())
letters = Counter()
for w in words:
    letters.update(w)
print(letters.most_common(3))
print(sorted(letters.elements())[:10])
inventory = Counter(apple=3, pear=1)
order = Counter(apple=2, pear=2, plum=1)
print(inventory - order, order - inventory)
inventory.subtract(order)
print(inventory, +inventory)
print(Counter('aabbbc') == Counter('abcabb'), Counter('ab') < Counter('aab'))
