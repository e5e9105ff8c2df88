# JSON round trip: serialise nested data, parse it back, compare, and show
# formatting options and the errors a malformed document gives.
import json

record = {
    "name": "gilectomy",
    "version": [0, 1, 0],
    "threads": True,
    "gil": None,
    "ratio": 0.79,
    "tags": ["python", "no-gil", "refcount"],
    "nested": {"a": {"b": {"c": [1, 2.5, -3, 1e20, "x\ny\t\"q\""]}}},
    "unicode": "caf\u00e9 \u2603 \U0001F40D",
    "empty": {"list": [], "dict": {}, "str": ""},
}
text = json.dumps(record)
print(text)
back = json.loads(text)
print(back == record, type(back["version"]).__name__, back["nested"]["a"]["b"]["c"][3])
print(json.dumps(record, indent=2, sort_keys=True))
print(json.dumps(record["unicode"], ensure_ascii=False))
print(json.dumps([1, 2, {"k": "v"}], separators=(",", ":")))
print(json.loads('  [1, 2.0, "three", true, false, null, {"x": -0.5e1}]  '))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none"}))
for bad in ['', '[1, 2', '{"a" 1}', '[1,]', 'nul', '"unterminated', '{"a": 1} x']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, isinstance(e, ValueError), e)
try:
    json.dumps({"o": object()})
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0] if " at " in str(e) else e)
print(json.dumps(float("inf")), json.loads("NaN") != json.loads("NaN"))
