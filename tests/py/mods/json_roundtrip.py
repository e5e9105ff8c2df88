import json
vals = [None, True, 0, -5, 2**70, 1.5, 1e-7, 1e22, "", "ünïcode", "\x00\x1f", [1, [2, [3, []]]], {"k": {"k": {"k": None}}}, [0.1, 0.2, 0.30000000000000004]]
for v in vals:
    s = json.dumps(v)
    back = json.loads(s)
    print(s, back == v, json.dumps(back) == s, json.loads(json.dumps(v, indent=2)) == v)
