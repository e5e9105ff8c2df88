# field names: indexes, keywords, attributes, items, auto numbering
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p), "({p.x}, {p.y})".format(p=p))
data = {"name": "Ann", "langs": ["py", "c"]}
print("{d[name]} knows {d[langs][0]} and {d[langs][1]}".format(d=data))
print("{0[1]}{0[0]}{1}".format("ab", "!"), "{} {} {}".format(*"xyz"))
print("{a}{b}{a}".format(**{"a": 1, "b": 2}), "{0}{0}{0}".format("r"))
print("{:>{width}}".format("w", width=6), "{0:{fill}{align}5}".format(1, fill="-", align="^"))
print("{}".format(None), "{}".format([1, {2: 3}]), "{}".format((1,)))
