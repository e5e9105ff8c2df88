# helper module
from .. import circle
def double(x):
    return x * 2
NAME = __name__
PARENT = circle.__name__
