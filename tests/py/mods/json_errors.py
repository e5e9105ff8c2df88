import json
docs = ['{"a": 1}\n{"b": 2}', '[\n  1,\n  2,\n]', '{\n"x": [1, 2\n}', '"unterminated\n', '[1, 2, 3', '{"k": tru}', '  ', 'xyz', '[1]]', '{"a":1}}']
for d in docs:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(repr(d), '->', e, '|', e.pos, e.lineno, e.colno)
try:
    json.loads('{"a" : }')
except ValueError as e:
    print(type(e).__name__, e)
