import json
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'))
print(json.loads('"h\\u00e9llo \\ud83d\\ude00 \\n\\t\\"\\\\\\/"'), json.loads(' 42 '), json.loads('-0'), json.loads('1E2'), json.loads('[]'), json.loads('{}'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('12345678901234567890123'), json.loads(b'[1]'), json.loads(bytearray(b'{"k": 2}')))
print(json.loads('{"a": 1, "a": 2, "b": 3}'), json.loads('[1.5]', parse_float=str), json.loads('[7]', parse_int=float), json.loads('[NaN]', parse_constant=str))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('{"x": 1, "y": 2}', object_pairs_hook=lambda p: p))
print(json.loads('"tab\there"', strict=False))
for s in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{1: 2}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', 'nul', '[1] x', '{"a":\n  tru}', '"a\tb"',
          '\ufeff[]', '[-]', '01', '1.', '.5', '{"a":1 "b":2}', '["é", bad]']:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('[')
except ValueError as e:
    print('ValueError caught', e)
