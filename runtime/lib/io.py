"""io for gilectomy: in-memory text streams (StringIO) and the io names
programs test for. BytesIO follows once the bytes type exists."""

__all__ = ['StringIO', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'IOBase', 'TextIOBase']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """The abstract base class of all I/O classes."""

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def flush(self):
        self._check_closed()

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not ' + type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: ' + repr(newline))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not '
                            + type(initial_value).__name__)
        self._newline = newline
        # The text is kept as a list of pieces; `_value` caches their join.
        self._pieces = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    @property
    def closed(self):
        return self._closed

    def _check(self):
        # The C implementation's message has no final period (IOBase's has).
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def flush(self):
        pass

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    @property
    def line_buffering(self):
        return False

    def close(self):
        self._closed = True
        self._pieces = []

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def _text(self):
        if len(self._pieces) != 1:
            self._pieces = [''.join(self._pieces)]
        return self._pieces[0]

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check()
        return self._text()

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl != '' and nl != '\n':
            s = s.replace('\n', nl)
        return s

    def write(self, s):
        """Write string to file. Returns the number of characters written."""
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got ' + repr(type(s).__name__))
        n = len(s)
        if n == 0:
            return 0
        s = self._translate(s)
        pos = self._pos
        if pos == self._size:
            self._pieces.append(s)
        else:
            text = self._text()
            if pos > len(text):
                text = text + '\0' * (pos - len(text))
            self._pieces = [text[:pos] + s + text[pos + len(s):]]
        self._pos = pos + len(s)
        if self._pos > self._size:
            self._size = self._pos
        return n

    def read(self, size=-1):
        """Read at most size characters, returned as a string."""
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '"
                            + type(size).__name__ + "'")
        text = self._text()
        pos = self._pos
        if size is None or size < 0:
            end = len(text)
        else:
            end = pos + size
            if end > len(text):
                end = len(text)
        if pos >= end:
            return ''
        self._pos = end
        return text[pos:end]

    def readline(self, size=-1):
        """Read until newline or EOF."""
        self._check()
        if size is not None and not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '"
                            + type(size).__name__ + "'")
        text = self._text()
        pos = self._pos
        if pos >= len(text):
            return ''
        nl = self._newline
        if nl == '\r' or nl == '\r\n':
            sep = nl
        else:
            sep = '\n'
        end = text.find(sep, pos)
        if end < 0:
            end = len(text)
        else:
            end += len(sep)
        if size is not None and size >= 0 and pos + size < end:
            end = pos + size
        self._pos = end
        return text[pos:end]

    def tell(self):
        """Tell the current file position."""
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position ' + str(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError('Invalid whence (' + str(whence)
                             + ', should be 0, 1 or 2)')
        return self._pos

    def truncate(self, pos=None):
        """Truncate size to pos (default: the current position)."""
        self._check()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError('Negative size value ' + str(pos))
        text = self._text()
        if pos < len(text):
            self._pieces = [text[:pos]]
            self._size = pos
        return pos

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)

    def __repr__(self):
        return '<_io.StringIO object at ' + hex(id(self)) + '>'
