import traceback
import sys


def clean(text):
    return text.replace(__file__, 'FILE')


class Out:
    def write(self, s):
        sys.stdout.write(clean(s))
    def flush(self):
        pass

def parse(s):
    int(s)

try:
    try:
        parse('x')
    except ValueError as e:
        raise RuntimeError('could not parse') from e
except RuntimeError:
    print(clean(traceback.format_exc()), end='')

print('---')
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise TypeError('during handling')
except TypeError:
    traceback.print_exc(file=Out())
print('---')
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise TypeError('no chain')
except TypeError as e:
    print(clean(''.join(traceback.format_exception(e, chain=False))), end='')

class MyError(Exception):
    pass

try:
    raise MyError()
except MyError:
    print(clean(traceback.format_exc()), end='')
