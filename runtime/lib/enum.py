"""enum for gilectomy: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

Written for this project (CPython 3.11 behaviour for ordinary programs).
The class body is read after it ran: members are the public names whose
values are not descriptors, in definition order.
"""

import sys

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique', 'FlagBoundary', 'STRICT',
           'CONFORM', 'EJECT', 'KEEP']


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(' + repr(self.value) + ')'


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_' + cls_name.lstrip('_') + '__'
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('__'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _set_attr(member, name, value):
    # Instances of str and tuple subclasses have no __dict__ in gilectomy
    # yet; their enum attributes live in a table on the class instead.
    try:
        setattr(member, name, value)
    except AttributeError:
        cls = type(member)
        table = cls.__dict__.get('_member_attrs_')
        if table is None:
            table = {}
            type.__setattr__(cls, '_member_attrs_', table)
        attrs = table.get(id(member))
        if attrs is None:
            attrs = table[id(member)] = {}
            # Keep the member alive as long as its entry.
            attrs['__self__'] = member
        attrs[name] = value


class FlagBoundary:
    """How Flag handles values with bits that are not members."""
    pass


STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'

# Set once Enum itself exists (the metaclass needs to tell it apart).
Enum = None
Flag = None
ReprEnum = None


class EnumType(type):
    """Metaclass for Enum"""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        names = []
        values = {}
        body = {}
        for key in classdict:
            value = classdict[key]
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                body[key] = value
                continue
            if Enum is None:
                body[key] = value
                continue
            names.append(key)
            values[key] = value
        if '_order_' in classdict:
            del body['_order_']
        # auto() values, in order.
        if first_enum is not None:
            gnv = classdict.get('_generate_next_value_')
            if gnv is None:
                gnv = first_enum._generate_next_value_
            elif isinstance(gnv, staticmethod):
                gnv = gnv.__func__
            last_values = []
            count = 0
            for key in names:
                value = values[key]
                if isinstance(value, auto):
                    if value.value is _auto_null:
                        value.value = gnv(key, 1, count, last_values[:])
                    value = value.value
                elif isinstance(value, tuple):
                    items = []
                    changed = False
                    for v in value:
                        if isinstance(v, auto):
                            if v.value is _auto_null:
                                v.value = gnv(key, 1, count, last_values[:])
                            v = v.value
                            changed = True
                        items.append(v)
                    if changed:
                        value = tuple(items)
                values[key] = value
                last_values.append(value)
                count += 1
        if Enum is not None and '__reduce_ex__' not in body:
            pass
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        type.__setattr__(enum_class, '_member_type_', member_type)
        if boundary is None:
            boundary = getattr(enum_class, '_boundary_', None)
        type.__setattr__(enum_class, '_boundary_', boundary)
        if first_enum is None:
            return enum_class

        metacls._fix_methods_(enum_class, classdict, bases, member_type, first_enum)

        new = classdict.get('__new__')
        if new is None:
            new = body.get('__new_member__')
        if new is None:
            for base in bases:
                if isinstance(base, EnumType):
                    candidate = base.__dict__.get('_new_member_')
                    if candidate is not None and candidate is not object.__new__:
                        new = candidate
                        break
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is None:
            if member_type is object:
                new = object.__new__
            else:
                new = member_type.__new__
            use_args = member_type is not object
        else:
            use_args = True
        type.__setattr__(enum_class, '_new_member_', new)

        flag_mask = 0
        for name in names:
            value = values[name]
            if isinstance(value, tuple):
                args = value
            else:
                args = (value,)
            if member_type is tuple:
                args = (args,)
            if not use_args:
                member = new(enum_class)
            else:
                member = new(enum_class, *args)
            if not hasattr(member, '_value_'):
                if member_type is object:
                    _set_attr(member, '_value_', value)
                else:
                    _set_attr(member, '_value_', member_type(*args))
            value = member._value_
            _set_attr(member, '_name_', name)
            _set_attr(member, '__objclass__', enum_class)
            member.__init__(*args)
            _set_attr(member, '_sort_order_', len(enum_class._member_names_))
            canonical = None
            for other_name in enum_class._member_names_:
                other = enum_class._member_map_[other_name]
                if other._value_ == value:
                    canonical = other
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
                if Flag is not None and issubclass(enum_class, Flag) and isinstance(value, int):
                    flag_mask |= value
            enum_class._member_map_[name] = member
            try:
                if value not in enum_class._value2member_map_:
                    enum_class._value2member_map_[value] = member
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, name, member)
        if Flag is not None and issubclass(enum_class, Flag):
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            all_bits = 0
            if flag_mask:
                all_bits = 2 ** flag_mask.bit_length() - 1
            type.__setattr__(enum_class, '_all_bits_', all_bits)
        order = classdict.get('_order_')
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if list(order) != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  '
                                + repr(enum_class._member_names_) + '\n  ' + repr(list(order)))
        return enum_class

    @staticmethod
    def _fix_methods_(enum_class, classdict, bases, member_type, first_enum):
        # The mixed-in data type comes before Enum in the MRO, but members
        # keep Enum's repr (ReprEnum: also the data type's str and format).
        if ReprEnum is not None and ReprEnum in bases:
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', ReprEnum.__dict__['__format__'])
                classdict['__format__'] = None
            if '__str__' not in classdict:
                type.__setattr__(enum_class, '__str__', ReprEnum.__dict__['__str__'])
                classdict['__str__'] = None
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict:
                continue
            owner = None
            for klass in enum_class.__mro__:
                if name in klass.__dict__:
                    owner = klass
                    break
            if owner is not None and not isinstance(owner, EnumType):
                for klass in first_enum.__mro__:
                    if name in klass.__dict__:
                        type.__setattr__(enum_class, name, klass.__dict__[name])
                        break

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        if not bases or Enum is None:
            return object, None
        last = bases[-1]
        if not (isinstance(last, EnumType)):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        if last._member_names_:
            raise TypeError("<enum '" + class_name + "'> cannot extend " + repr(last))
        member_type = object
        for base in bases:
            for t in base.__mro__:
                if t is object or isinstance(t, EnumType):
                    continue
                member_type = t
                break
            if member_type is not object:
                break
        return member_type, last

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _lookup_(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for name in cls._member_names_:
                member = cls._member_map_[name]
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(repr(value) + ' is not a valid ' + cls.__qualname__)
        raise TypeError('error in ' + cls.__name__ + '._missing_: returned '
                        + repr(result) + ' instead of None or a valid member')

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        bases = (cls,)
        if type is not None:
            bases = (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original = names
            names = []
            last_values = []
            count = 0
            for n in original:
                value = cls._generate_next_value_(n, start, count, last_values[:])
                last_values.append(value)
                names.append((n, value))
                count += 1
        if isinstance(names, dict):
            pairs = list(names.items())
        else:
            pairs = names
        for item in pairs:
            if isinstance(item, str):
                classdict[item] = auto()
            else:
                classdict[item[0]] = item[1]
        if module is None:
            try:
                module = sys._getframemodulename(2)
            except (AttributeError, ValueError):
                module = None
        classdict['__module__'] = module or '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        metacls = cls.__class__
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '"
                            + type(member).__qualname__ + "' and '"
                            + cls.__class__.__qualname__ + "'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(repr(cls.__name__) + ' cannot delete member '
                                 + repr(attr) + '.')
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__['_member_map_'][name]
        except KeyError:
            raise AttributeError(name) from None

    def __iter__(cls):
        members = []
        for name in cls._member_names_:
            members.append(cls._member_map_[name])
        return iter(members)

    def __reversed__(cls):
        members = []
        for name in cls._member_names_:
            members.append(cls._member_map_[name])
        members.reverse()
        return iter(members)

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag '" + cls.__name__ + "'>"
        return "<enum '" + cls.__name__ + "'>"

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member ' + repr(name))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    def __getattr__(self, name):
        table = type(self).__dict__.get('_member_attrs_')
        if table is not None:
            attrs = table.get(id(self))
            if attrs is not None and name in attrs:
                return attrs[name]
        raise AttributeError("'" + type(self).__name__ + "' object has no attribute '"
                             + name + "'")

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        i = len(last_values) - 1
        while i >= 0:
            try:
                return last_values[i] + 1
            except TypeError:
                pass
            i -= 1
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        t = self._member_type_
        if t is object:
            v_repr = repr(self._value_)
        else:
            v_repr = t.__repr__(self._value_)
        return '<' + self.__class__.__name__ + '.' + str(self._name_) + ': ' + v_repr + '>'

    def __str__(self):
        return self.__class__.__name__ + '.' + str(self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        t = self._member_type_
        if issubclass(t, str):
            return str.__str__(self)
        return t.__repr__(self)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): ' + repr(values))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(repr(values[0]) + ' is not a string')
        value = str(*values)
        member = str.__new__(cls, value)
        _set_attr(member, '_value_', value)
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum, boundary=STRICT):
    """Support for flags"""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            if start is not None:
                return start
            return 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value ' + repr(last_value)) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(repr(value) + ' is not a valid ' + cls.__qualname__)
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if value < 0:
            if boundary in (EJECT, KEEP):
                neg_value = value
                value = all_bits + 1 + value
            else:
                value = all_bits + 1 + value
        if value & ~flag_mask:
            if boundary == STRICT:
                width = max(flag_mask.bit_length(), value.bit_length())
                raise ValueError(repr(cls) + ' invalid value ' + repr(value)
                                 + '\n    given ' + _bin(value, width)
                                 + '\n  allowed ' + _bin(flag_mask, width))
            elif boundary == CONFORM:
                value = value & flag_mask
            elif boundary == EJECT:
                return value
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        names = []
        covered = 0
        for name in cls._member_names_:
            m = cls._member_map_[name]
            mv = m._value_
            if mv and mv & value == mv and _is_single_bit(mv):
                names.append(name)
                covered |= mv
        if value and not names:
            pseudo._name_ = None
        elif names:
            extra = value & ~covered
            name = '|'.join(names)
            if extra:
                name = name + '|' + str(extra)
            pseudo._name_ = name
        else:
            pseudo._name_ = None
        if neg_value is not None:
            pseudo._value_ = neg_value
        pseudo._sort_order_ = -1
        try:
            cls._value2member_map_.setdefault(value, pseudo)
        except TypeError:
            pass
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '"
                            + type(other).__qualname__ + "' and '"
                            + self.__class__.__qualname__ + "'")
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        members = []
        for name in self.__class__._member_names_:
            m = self.__class__._member_map_[name]
            mv = m._value_
            if mv and _is_single_bit(mv) and mv & self._value_ == mv:
                members.append(m)
        return iter(members)

    def __len__(self):
        n = 0
        for m in self:
            n += 1
        return n

    def __repr__(self):
        cls_name = self.__class__.__name__
        t = self._member_type_
        if t is object:
            v_repr = repr(self._value_)
        else:
            v_repr = t.__repr__(self._value_)
        if self._name_ is None:
            return '<' + cls_name + ': ' + v_repr + '>'
        return '<' + cls_name + '.' + self._name_ + ': ' + v_repr + '>'

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return cls_name + '(' + repr(self._value_) + ')'
        return cls_name + '.' + self._name_

    def __bool__(self):
        return bool(self._value_)

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self._member_type_ is not object and isinstance(flag, self._member_type_):
            return flag
        return NotImplemented

    def __or__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | other_value)

    def __and__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & other_value)

    def __xor__(self, other):
        other_value = self._get_value(other)
        if other_value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ other_value)

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bin(num, width):
    digits = ''
    n = num
    for _ in range(width):
        digits = str(n & 1) + digits
        n >>= 1
    return '0b0 ' + digits


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""

    # int's operators come first in the MRO; the flag ones are wanted.
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name in enumeration.__members__:
        member = enumeration.__members__[name]
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        parts = []
        for alias, name in duplicates:
            parts.append(alias + ' -> ' + name)
        raise ValueError('duplicate values found in ' + repr(enumeration) + ': '
                         + ', '.join(parts))
    return enumeration
