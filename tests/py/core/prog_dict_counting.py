# Dicts as counters and indexes: word frequency, grouping, inversion, nested dicts.
text = "one two three two three three four four four four"
freq = {}
for w in text.split():
    if w in freq:
        freq[w] += 1
    else:
        freq[w] = 1
print(freq)
def count_of(item):
    return item[1]
print(sorted(freq.items(), key=count_of, reverse=True))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inverted = {}
for k, v in freq.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
nested = {"a": {"x": 1}, "b": {}}
nested["b"]["y"] = [1, 2]
nested["a"]["z"] = {"deep": None}
print(nested, nested["a"]["z"]["deep"], len(nested["b"]["y"]))
merged = dict(freq)
merged.update({"five": 5, "one": 100})
print(merged, freq["one"])
keys = list(merged)
for k in keys:
    if merged[k] % 2 == 0:
        del merged[k]
print(merged)
