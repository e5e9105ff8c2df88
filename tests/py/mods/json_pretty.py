import json
doc = {"users": [{"id": 1, "tags": ["a", "b"], "meta": {}}, {"id": 2, "tags": [], "meta": {"x": None}}], "count": 2, "ok": False}
print(json.dumps(doc, indent=4, sort_keys=True))
print(json.dumps(doc, indent=2, separators=(",", " = ")))
print(json.dumps(["é", "\u2028", "\x7f"], ensure_ascii=True), json.dumps(["é"], ensure_ascii=False, indent=None))
print(json.dumps({"z": 1, "a": {"c": 2, "b": 3}}, sort_keys=True, indent=1))
