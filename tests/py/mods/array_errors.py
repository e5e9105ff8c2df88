import array
for tc, v in [('b', 200), ('b', -200), ('B', -1), ('B', 256), ('h', 2**15), ('H', -1), ('H', 2**16), ('i', 2**31), ('I', -1),
              ('I', 2**32), ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1), ('Q', 2**64), ('i', 'a'), ('f', 'x'), ('d', None), ('i', 1.5)]:
    try:
        array.array(tc, [v])
    except (OverflowError, TypeError) as e:
        print(tc, type(e).__name__, e)
for f in [lambda: array.array('z'), lambda: array.array('i', 'ab'), lambda: array.array('i', [1]).pop(5), lambda: array.array('i').pop(),
          lambda: array.array('i', [1]).index(7), lambda: array.array('i', [1]).remove(7), lambda: array.array('i', [1]) + array.array('d'),
          lambda: array.array('i', b'abc'), lambda: array.array('i').frombytes(b'abc'), lambda: array.array('i', [1])[3]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
