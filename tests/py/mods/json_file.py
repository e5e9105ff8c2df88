import json
import sys
json.dump({"a": [1, 2], "b": "x"}, sys.stdout, indent=1)
print()
json.dump([1, "two", None], sys.stdout)
print()
print(json.load(sys.stdin))
