# nested replacement fields, expressions and quotes in f-strings
w = 8
for p in range(3):
    print(f"{3.14159:{w}.{p}f}|{'x':{'<' if p else '>'}{w - p}}|")
items = {"a": 1, "b": 2}
print(f"{items['a']} {items[\"b\"] if False else items['b']} {len(items)}")
print(f"{'{'}{'}'}", f"{{{w}}}", f"{w:{w}}")
print(f"{(lambda x: x * 2)(4)}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }")
print(f"{w!r:>4}|{w!s:<4}|{'é'!a:>6}")
print(f"""{w}
{w + 1}""")
name = "n"
print(f"{name=} {w*2=} {name!r=}" if False else f"{name=} {w*2=}")
