"""Path operations for POSIX paths (the os.path of CPython on Linux)."""

import posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'


def _check(p, fname):
    if not isinstance(p, str):
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)


def isabs(s):
    _check(s, 'isabs')
    return s.startswith('/')


def join(a, *p):
    _check(a, 'join')
    path = a
    for b in p:
        if not isinstance(b, str):
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '"
                            + type(b).__name__ + "'")
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path = path + b
        else:
            path = path + '/' + b
    return path


def split(p):
    _check(p, 'split')
    i = p.rfind('/') + 1
    head = p[:i]
    tail = p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    _check(p, 'basename')
    return p[p.rfind('/') + 1:]


def dirname(p):
    _check(p, 'dirname')
    head = p[:p.rfind('/') + 1]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def splitext(p):
    _check(p, 'splitext')
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        # A leading run of dots in the file name is not an extension.
        i = sep_index + 1
        while i < dot_index:
            if p[i] != '.':
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    return p[:0], p


def normpath(path):
    _check(path, 'normpath')
    if path == '':
        return '.'
    initial = 1 if path.startswith('/') else 0
    if initial and path.startswith('//') and not path.startswith('///'):
        initial = 2
    parts = []
    for comp in path.split('/'):
        if comp == '' or comp == '.':
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = '/'.join(parts)
    if initial:
        result = '/' * initial + result
    return result or '.'


def abspath(path):
    _check(path, 'abspath')
    if not path.startswith('/'):
        path = join(posix.getcwd(), path)
    return normpath(path)


def realpath(path):
    return abspath(path)


def exists(path):
    try:
        return posix._stat_kind(path) != 0
    except (TypeError, ValueError):
        return False


def isfile(path):
    try:
        return posix._stat_kind(path) == 1
    except (TypeError, ValueError):
        return False


def isdir(s):
    try:
        return posix._stat_kind(s) == 2
    except (TypeError, ValueError):
        return False


def getsize(filename):
    return posix._getsize(filename)


def expanduser(path):
    _check(path, 'expanduser')
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = posix.environ.get('HOME')
    if home is None:
        return path
    home = home.rstrip('/')
    return (home + path[i:]) or '/'


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_list = []
    for x in abspath(start).split('/'):
        if x:
            start_list.append(x)
    path_list = []
    for x in abspath(path).split('/'):
        if x:
            path_list.append(x)
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)
