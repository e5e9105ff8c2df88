import traceback
import sys

def clean(text):
    return text.replace(__file__, 'FILE')

def level3():
    raise KeyError('deep')

def level2():
    level3()

def level1():
    level2()

try:
    level1()
except KeyError as e:
    tb = e.__traceback__
    stack = traceback.extract_tb(tb)
    print(len(stack))
    for frame in stack:
        print(clean(frame.filename), frame.lineno, frame.name, repr(frame.line))
    print(stack[-1].name, stack[0][1], list(stack[1])[2:])
    print(clean(''.join(traceback.format_list(stack))), end='')
    print(clean(''.join(traceback.format_tb(tb, limit=1))), end='')
    print(traceback.format_exception_only(e))

def recurse(n):
    if n == 0:
        raise RecursionError('bottom')
    recurse(n - 1)

try:
    recurse(8)
except RecursionError:
    print(clean(traceback.format_exc()), end='')
