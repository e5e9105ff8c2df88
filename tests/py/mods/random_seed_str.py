import random
for s in ["", "a", "hello", "hello world" * 20, "héllo ünïcode €", "0"]:
    random.seed(s)
    print(repr(s[:12]), random.random(), random.randrange(1000))
random.seed(1.5)
print(random.random())
random.seed(-2.0)
print(random.random())
random.seed("abc", version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
