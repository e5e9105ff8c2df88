# helper module
from .sub.util import double
def area(s):
    return double(s * s) // 2
