# sets as keys are looked up as frozensets; unhashable elements fail
fs = {frozenset({1, 2}), frozenset()}
print({1, 2} in fs, set() in fs, {3} in fs)
fs.discard(frozenset())
print(fs)
s = {frozenset({1})}
s.remove({1})
print(s)
for fn in [lambda: {1} in {1}, lambda: {[1]}, lambda: set([{}]), lambda: {1}.add([2]),
           lambda: [] in {1}, lambda: {1}.discard({}), lambda: frozenset([[1]])]:
    try:
        print(fn())
    except TypeError as e:
        print("TypeError", e)
