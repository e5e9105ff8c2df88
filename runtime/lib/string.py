"""Common string constants, capwords and Template, for gilectomy.

Template is matched by hand (there is no `re` module yet): delimiter, then
`delimiter` (escape), an identifier, or `{identifier}`.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split by sep, capitalize each word, join with sep (or one space)."""
    words = []
    for w in s.split(sep):
        words.append(w.capitalize())
    return (sep or ' ').join(words)


_id_start = {}
for _c in ascii_letters + '_':
    _id_start[_c] = None
_id_char = dict(_id_start)
for _c in digits:
    _id_char[_c] = None
del _c

_sentinel_dict = {}


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (as a list) the parts: ('text', s), ('escaped', start),
        ('named', name, start, end), ('braced', name, start, end),
        ('invalid', index)."""
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        parts = []
        i = 0
        text_start = 0
        while True:
            j = t.find(delim, i)
            if j < 0:
                break
            if j > text_start:
                parts.append(('text', t[text_start:j]))
            k = j + dl
            if t.startswith(delim, k):
                parts.append(('escaped', j, k + dl))
                i = text_start = k + dl
                continue
            if k < n and t[k] in _id_start:
                e = k + 1
                while e < n and t[e] in _id_char:
                    e += 1
                parts.append(('named', t[k:e], j, e))
                i = text_start = e
                continue
            if k < n and t[k] == '{':
                e = k + 1
                if e < n and t[e] in _id_start:
                    e += 1
                    while e < n and t[e] in _id_char:
                        e += 1
                    if e < n and t[e] == '}':
                        parts.append(('braced', t[k + 1:e], j, e + 1))
                        i = text_start = e + 1
                        continue
            parts.append(('invalid', k, j))
            i = text_start = k
        if text_start < n:
            parts.append(('text', t[text_start:]))
        return parts

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line ' + str(lineno)
                         + ', col ' + str(colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _ChainLookup(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        for part in self._scan():
            kind = part[0]
            if kind == 'text':
                out.append(part[1])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(part[1])
            else:
                out.append(str(mapping[part[1]]))
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        t = self.template
        out = []
        for part in self._scan():
            kind = part[0]
            if kind == 'text':
                out.append(part[1])
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(mapping[part[1]]))
                except KeyError:
                    out.append(t[part[2]:part[3]])
        return ''.join(out)

    def is_valid(self):
        for part in self._scan():
            if part[0] == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        seen = {}
        for part in self._scan():
            if part[0] == 'invalid':
                self._invalid(part[1])
            if part[0] in ('named', 'braced'):
                if part[1] not in seen:
                    seen[part[1]] = None
                    ids.append(part[1])
        return ids


class _ChainLookup:
    """Keyword arguments first, then the mapping (ChainMap without the import)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]
