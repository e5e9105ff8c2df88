"""collections for gilectomy: namedtuple, deque, defaultdict, OrderedDict,
Counter, ChainMap, UserDict, UserList.

Written for this project (CPython 3.11 behaviour). Plain loops and iterator
classes are used instead of generators and comprehensions.
"""

import sys as _sys
from keyword import iskeyword as _iskeyword
import _collections_abc

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'defaultdict', 'deque', 'namedtuple']


# --- namedtuple ----------------------------------------------------------------

def _field_getter(index, doc):
    def get(self):
        return self[index]
    return property(get, doc=doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = []
    for name in field_names:
        names.append(str(name))
    field_names = names
    typename = _sys.intern(str(typename))

    if rename:
        seen = {}
        index = 0
        for name in field_names:
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = '_' + str(index)
            seen[name] = None
            index += 1

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: ' + repr(name))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: ' + repr(name))

    seen = {}
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen[name] = None

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        start = len(field_names) - len(defaults)
        i = 0
        for d in defaults:
            field_defaults[field_names[start + i]] = d
            i += 1

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    parts = []
    for name in field_names:
        parts.append(name + '=%r')
    tuple_new = tuple.__new__

    # __new__ is compiled so its signature (and argument errors) name the fields.
    namespace = {'_tuple_new': tuple_new, '__builtins__': {},
                 '__name__': 'namedtuple_' + typename}
    code = 'lambda _cls, ' + ', '.join(field_names) + ': _tuple_new(_cls, (' + arg_list + '))'
    if num_fields == 0:
        code = 'lambda _cls: _tuple_new(_cls, ())'
    __new__ = eval(code, namespace)
    __new__.__name__ = '__new__'
    __new__.__qualname__ = typename + '.__new__'
    __new__.__doc__ = 'Create new instance of ' + typename + '(' + ', '.join(field_names) + ')'
    if defaults is not None:
        __new__.__defaults__ = defaults

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected ' + str(num_fields) + ' arguments, got '
                            + str(len(result)))
        return result
    _make = classmethod(_make)

    def _replace(self, /, **kwds):
        values = []
        i = 0
        for name in field_names:
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(self[i])
            i += 1
        result = self._make(values)
        if kwds:
            raise ValueError('Got unexpected field names: ' + repr(list(kwds)))
        return result

    def __repr__(self):
        items = []
        i = 0
        for name in field_names:
            items.append(name + '=' + repr(self[i]))
            i += 1
        return self.__class__.__name__ + '(' + ', '.join(items) + ')'

    def _asdict(self):
        result = {}
        i = 0
        for name in field_names:
            result[name] = self[i]
            i += 1
        return result

    def __getnewargs__(self):
        return tuple(self)

    for method in (__repr__, _asdict, __getnewargs__, _replace):
        method.__qualname__ = typename + '.' + method.__name__

    class_namespace = {
        '__doc__': typename + '(' + arg_list + ')',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    index = 0
    for name in field_names:
        class_namespace[name] = _field_getter(index, 'Alias for field number ' + str(index))
        index += 1

    result = type(typename, (tuple,), class_namespace)

    if module is None:
        try:
            module = _sys._getframemodulename(1) or '__main__'
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result


# --- deque -----------------------------------------------------------------------

class _deque_iterator(object):
    __slots__ = ('_deque', '_index', '_state', '_step')

    def __init__(self, d, reverse):
        self._deque = d
        self._state = d._state
        if reverse:
            self._index = d._len - 1
            self._step = -1
        else:
            self._index = 0
            self._step = 1

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError('deque mutated during iteration')
        i = self._index
        if i < 0 or i >= d._len:
            raise StopIteration
        self._index = i + self._step
        return d._buf[(d._head + i) & (len(d._buf) - 1)]


class deque(object):
    """A list-like sequence optimized for data accesses near its endpoints."""

    __slots__ = ('_buf', '_head', '_len', '_maxlen', '_state')
    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not ():
            self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _grow(self):
        buf = self._buf
        n = len(buf)
        mask = n - 1
        new = [None] * (n * 2)
        h = self._head
        for i in range(self._len):
            new[i] = buf[(h + i) & mask]
        self._buf = new
        self._head = 0

    def _pop_right(self):
        self._len -= 1
        i = (self._head + self._len) & (len(self._buf) - 1)
        x = self._buf[i]
        self._buf[i] = None
        return x

    def _pop_left(self):
        i = self._head
        x = self._buf[i]
        self._buf[i] = None
        self._head = (i + 1) & (len(self._buf) - 1)
        self._len -= 1
        return x

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        if self._len == len(self._buf):
            self._grow()
        self._buf[(self._head + self._len) & (len(self._buf) - 1)] = x
        self._len += 1
        if self._maxlen is not None and self._len > self._maxlen:
            self._pop_left()

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        if self._len == len(self._buf):
            self._grow()
        self._head = (self._head - 1) & (len(self._buf) - 1)
        self._buf[self._head] = x
        self._len += 1
        if self._maxlen is not None and self._len > self._maxlen:
            self._pop_right()

    def pop(self):
        """Remove and return the rightmost element."""
        if self._len == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop_right()

    def popleft(self):
        """Remove and return the leftmost element."""
        if self._len == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop_left()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._buf = [None] * 8
        self._head = 0
        self._len = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        for i in range(self._len):
            if self._item(i) == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=None):
        """Return first index of value."""
        n = self._len
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop is None:
            stop = n
        elif stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        state = self._state
        i = start
        while i < stop:
            if self._item(i) == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
            i += 1
        raise ValueError(repr(value) + ' is not in deque')

    def insert(self, index, value):
        """Insert value before index."""
        n = self._len
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index < 0:
            index += n
            if index < 0:
                index = 0
        if index >= n:
            self.append(value)
            return
        if index == 0:
            self.appendleft(value)
            return
        items = list(self)
        items.insert(index, value)
        self._reset(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        state = self._state
        for i in range(self._len):
            if self._item(i) == value:
                if state != self._state:
                    raise IndexError('deque mutated during remove().')
                del self[i]
                return
            if state != self._state:
                raise IndexError('deque mutated during remove().')
        raise ValueError(repr(value) + ' is not in deque')

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = list(self)
        items.reverse()
        self._reset(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative,
        rotates left."""
        length = self._len
        if length <= 1:
            return
        n = n % length
        if n == 0:
            return
        self._state += 1
        if n <= length // 2:
            for _ in range(n):
                self.appendleft(self._pop_right())
        else:
            for _ in range(length - n):
                self.append(self._pop_left())

    def _reset(self, items):
        self._state += 1
        size = 8
        while size < len(items):
            size *= 2
        buf = [None] * size
        i = 0
        for x in items:
            buf[i] = x
            i += 1
        self._buf = buf
        self._head = 0
        self._len = len(items)

    def _item(self, i):
        return self._buf[(self._head + i) & (len(self._buf) - 1)]

    def _norm_index(self, index):
        if not isinstance(index, int):
            if hasattr(type(index), '__index__'):
                index = index.__index__()
            else:
                raise TypeError('sequence index must be integer, not '
                                + repr(type(index).__name__))
        n = self._len
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        return index

    def __getitem__(self, index):
        return self._item(self._norm_index(index))

    def __setitem__(self, index, value):
        i = self._norm_index(index)
        self._buf[(self._head + i) & (len(self._buf) - 1)] = value

    def __delitem__(self, index):
        i = self._norm_index(index)
        if i == 0:
            self.popleft()
            return
        if i == self._len - 1:
            self.pop()
            return
        items = list(self)
        del items[i]
        self._reset(items)

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __contains__(self, value):
        state = self._state
        for i in range(self._len):
            if self._item(i) == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __repr__(self):
        name = type(self).__name__
        if self._maxlen is None:
            return name + '(' + repr(list(self)) + ')'
        return name + '(' + repr(list(self)) + ', maxlen=' + str(self._maxlen) + ')'

    def _cmp(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        a = list(self)
        b = list(other)
        if op == 0:
            return a == b
        if op == 1:
            return a != b
        if op == 2:
            return a < b
        if op == 3:
            return a <= b
        if op == 4:
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._cmp(other, 0)

    def __ne__(self, other):
        return self._cmp(other, 1)

    def __lt__(self, other):
        return self._cmp(other, 2)

    def __le__(self, other):
        return self._cmp(other, 3)

    def __gt__(self, other):
        return self._cmp(other, 4)

    def __ge__(self, other):
        return self._cmp(other, 5)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__
                            + '") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result.__imul__(n)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        if n <= 0:
            self.clear()
            return self
        for _ in range(n - 1):
            self.extend(items)
        return self

    def __reduce__(self):
        return type(self), (list(self), self._maxlen)


# --- defaultdict -------------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, *args, **kwargs):
        if args:
            default_factory = args[0]
            args = args[1:]
            if default_factory is not None and not callable(default_factory):
                raise TypeError('first argument must be callable or None')
        else:
            default_factory = None
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            frepr = repr(factory)
        return type(self).__name__ + '(' + frepr + ', ' + dict.__repr__(self) + ')'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result


# --- OrderedDict -------------------------------------------------------------------

class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(self))
        else:
            key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            return list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        if not self:
            return type(self).__name__ + '()'
        return type(self).__name__ + '(' + repr(list(self.items())) + ')'

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self


# --- Counter -----------------------------------------------------------------------

def _count_key(item):
    return item[1]


class Counter(dict):
    """Dict subclass for counting hashable items."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts."""
        items = sorted(self.items(), key=_count_key, reverse=True)
        if n is None:
            return items
        if n < 0:
            n = 0
        return items[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        result = []
        for elem in self:
            count = self[elem]
            if count > 0:
                for _ in range(count):
                    result.append(elem)
        return iter(result)

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    for elem in iterable:
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return self.__class__.__name__ + '(' + repr(d) + ')'

    def _keys_union(self, other):
        keys = {}
        for e in self:
            keys[e] = None
        for e in other:
            keys[e] = None
        return keys

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self._keys_union(other):
            if self[e] != other[e]:
                return False
        return True

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self._keys_union(other):
            if not self[e] <= other[e]:
                return False
        return True

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for e in self._keys_union(other):
            if not self[e] >= other[e]:
                return False
        return True

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in self:
            newcount = self[elem] + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem in other:
            if elem not in self and other[elem] > 0:
                result[elem] = other[elem]
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in self:
            newcount = self[elem] - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem in other:
            if elem not in self and other[elem] < 0:
                result[elem] = 0 - other[elem]
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in self:
            count = self[elem]
            other_count = other[elem]
            if other_count > count:
                newcount = other_count
            else:
                newcount = count
            if newcount > 0:
                result[elem] = newcount
        for elem in other:
            if elem not in self and other[elem] > 0:
                result[elem] = other[elem]
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in self:
            count = self[elem]
            other_count = other[elem]
            if count < other_count:
                newcount = count
            else:
                newcount = other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem in self:
            if self[elem] > 0:
                result[elem] = self[elem]
        return result

    def __neg__(self):
        result = Counter()
        for elem in self:
            if self[elem] < 0:
                result[elem] = 0 - self[elem]
        return result

    def _keep_positive(self):
        nonpositive = []
        for elem in self:
            if not self[elem] > 0:
                nonpositive.append(elem)
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem in other:
            self[elem] += other[elem]
        return self._keep_positive()

    def __isub__(self, other):
        for elem in other:
            self[elem] -= other[elem]
        return self._keep_positive()

    def __ior__(self, other):
        for elem in other:
            other_count = other[elem]
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem in list(self):
            other_count = other[elem]
            if other_count < self[elem]:
                self[elem] = other_count
        return self._keep_positive()


# --- ChainMap ----------------------------------------------------------------------

class ChainMap(_collections_abc.MutableMapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def _merged_keys(self):
        d = {}
        i = len(self.maps) - 1
        while i >= 0:
            for k in self.maps[i]:
                d[k] = None
            i -= 1
        return d

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(self._merged_keys())

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        parts = []
        for m in self.maps:
            parts.append(repr(m))
        return self.__class__.__name__ + '(' + ', '.join(parts) + ')'

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: ' + repr(key))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: ' + repr(key))

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m


# --- UserDict, UserList --------------------------------------------------------------

class UserDict(_collections_abc.MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        return copy.copy(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        if isinstance(other, UserList):
            return other.data
        return other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)
