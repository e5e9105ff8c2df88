"""Operating-system interfaces (a subset of CPython's os module).

The system calls come from the native posix module; this file adds the
constants, getenv/putenv helpers and the os.path submodule (os/path.py).
environ is a plain dict of str read at start-up (CPython's is a mapping
that also calls putenv on assignment; use os.putenv for that here).
"""

import posix
from posix import (getpid, getppid, getcwd, listdir, mkdir, rmdir, remove, unlink,
                   rename, urandom, cpu_count, strerror, environ)

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

from . import path


def getenv(key, default=None):
    """The environment variable key if it exists, else default."""
    return environ.get(key, default)


def putenv(key, value):
    posix.putenv(key, value)


def unsetenv(key):
    posix.unsetenv(key)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir -p: creates every missing directory along the path."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, mode, exist_ok)
    if exist_ok and path.isdir(name):
        return
    mkdir(name, mode)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
