import traceback
import sys


def clean(text):
    return text.replace(__file__, 'FILE')


class Out:
    def write(self, s):
        sys.stdout.write(clean(s))
    def flush(self):
        pass

def inner(x):
    raise ValueError('bad value: ' + str(x))

def outer():
    inner(42)

try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()), end='')
    exc = sys.exc_info()[1]

print(traceback.format_exception(exc)[0], end='')
print(traceback.format_exception(exc)[-1], end='')
print(len(traceback.format_exception(exc)))
print(traceback.format_exception_only(type(exc), exc))
print(traceback.format_exception_only(exc))
lines = traceback.format_tb(exc.__traceback__)
print(len(lines))
for line in lines:
    print(clean(line), end='')
for fs in traceback.extract_tb(exc.__traceback__):
    print(fs.lineno, fs.name, fs.line)
print(repr(clean(traceback.format_exc())))
traceback.print_exception(exc, file=Out())
