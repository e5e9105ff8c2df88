import json
data = {"name": "gy", "n": 3, "pi": 3.14, "ok": True, "none": None, "list": [1, 2.5, "x", [], {}], "nested": {"a": [1, {"b": False}]}}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(json.dumps(data, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps("héllo \"q\" \\ \n\t\x01 😀"), json.dumps("héllo 😀", ensure_ascii=False))
print(json.dumps(1e16), json.dumps(0.1), json.dumps(-0.0), json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]), json.dumps(10**30))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True), json.dumps(set([1]) if False else 5, default=str), json.dumps([range(3)], default=list))
print(json.dumps([[]], indent=4), json.dumps({"a": {}}, indent=1))
for f in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(range(2)), lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps(b"x")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = []
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(type(e).__name__, e)
