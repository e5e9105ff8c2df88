"""Extract, format and print information about Python stack traces.

gilectomy's version: the formatting itself is the interpreter's own (the
native _traceback module), so format_exc() matches an uncaught traceback.
"""

import sys
import _traceback

__all__ = ['extract_tb', 'format_exc', 'format_exception',
           'format_exception_only', 'format_list', 'format_tb',
           'print_exc', 'print_exception', 'print_last', 'print_tb',
           'FrameSummary', 'StackSummary', 'TracebackException']

_sentinel = object()


def _exc_from_args(exc, value, tb):
    # format_exception(exc) or the old (etype, value, tb) form.
    if value is _sentinel:
        return exc
    return value


def _some_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


def _type_name(etype):
    mod = getattr(etype, '__module__', 'builtins')
    qual = getattr(etype, '__qualname__', etype.__name__)
    if mod in ('__main__', 'builtins'):
        return qual
    return mod + '.' + qual


class FrameSummary(object):
    """Information about a single frame from a traceback."""

    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return ('<FrameSummary file ' + str(self.filename) + ', line '
                + str(self.lineno) + ' in ' + str(self.name) + '>')


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        last_key = None
        count = 0
        for frame in self:
            key = (frame.filename, frame.lineno, frame.name)
            if key == last_key:
                count += 1
            else:
                if count > 3:
                    result.append(_repeat_line(count - 3))
                last_key = key
                count = 1
            if count > 3:
                continue
            row = '  File "' + str(frame.filename) + '", line ' + str(frame.lineno) + ', in ' + str(frame.name) + '\n'
            if frame.line:
                row += '    ' + frame.line.strip() + '\n'
            result.append(row)
        if count > 3:
            result.append(_repeat_line(count - 3))
        return result


def _repeat_line(more):
    if more == 1:
        return '  [Previous line repeated 1 more time]\n'
    return '  [Previous line repeated ' + str(more) + ' more times]\n'


def _limit_entries(entries, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[limit:]


def extract_tb(tb, limit=None):
    """Return a StackSummary of the frames of a traceback object."""
    if tb is None:
        return StackSummary()
    return StackSummary.from_list(_limit_entries(_traceback.tb_entries(tb), limit))


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    if limit is None and getattr(sys, 'tracebacklimit', None) is None:
        return _traceback.format_tb(tb)
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end='')


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: a list of strings ending in newlines."""
    if value is _sentinel:
        value = exc
    if value is None and exc is None:
        return ['NoneType: None\n']
    if value is None:
        return [_type_name(exc) + '\n']
    lines = _traceback.format_exception(value, False)
    # Drop the traceback part: keep what follows the last frame entry.
    result = []
    for line in lines:
        if line.startswith('Traceback (most recent call last):') or line.startswith('  File "') \
                or line.startswith('  [Previous line repeated'):
            result = []
            continue
        result.append(line)
    return result


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information: a list of strings."""
    value = _exc_from_args(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if tb is not _sentinel and tb is not value.__traceback__:
        value = value.with_traceback(tb)
    if limit is not None:
        result = []
        if value.__traceback__ is not None:
            result.append('Traceback (most recent call last):\n')
            result.extend(format_tb(value.__traceback__, limit))
        result.extend(format_exception_only(value))
        return result
    return _traceback.format_exception(value, chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception and its traceback to file (default sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    exc = sys.exception()
    if exc is None:
        return 'NoneType: None\n'
    return ''.join(format_exception(exc, limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exception()) with its traceback."""
    exc = sys.exception()
    if file is None:
        file = sys.stderr
    if exc is None:
        print('NoneType: None', file=file)
        return
    print_exception(exc, limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class TracebackException(object):
    """An exception ready for rendering (a small subset of CPython's)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 _seen=None):
        self._exc = exc_value
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = _some_str(exc_value)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False
        if exc_value is not None:
            self.__suppress_context__ = exc_value.__suppress_context__

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def format(self, *, chain=True):
        if self._exc is None:
            return iter(['NoneType: None\n'])
        return iter(_traceback.format_exception(self._exc, chain))

    def format_exception_only(self):
        return iter(format_exception_only(self._exc))

    def __str__(self):
        return self._str

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._exc is other._exc
        return NotImplemented
