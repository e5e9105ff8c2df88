"""typing for gilectomy: the names programs import for their annotations.

A small subset of CPython 3.11's typing: subscripting works and prints like
CPython (`typing.List[int]`), unsubscripted aliases work with isinstance,
Generic/Protocol can be base classes, and TypeVar, cast, overload, final,
NewType and the functional NamedTuple exist. Nothing is checked at run time.
"""

import collections
import collections.abc as _abc

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal',
           'Optional', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'Union',
           'AbstractSet', 'Collection', 'Container', 'Hashable', 'ItemsView',
           'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
           'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence',
           'Sized', 'ValuesView', 'Reversible', 'Counter', 'Deque', 'Dict',
           'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet',
           'NamedTuple', 'Generator', 'AnyStr', 'cast', 'final',
           'get_type_hints', 'NewType', 'NoReturn', 'overload', 'Text',
           'TYPE_CHECKING', 'runtime_checkable', 'ChainMap', 'Self', 'Never']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if obj is None:
        return 'None'
    if isinstance(obj, list):
        parts = []
        for a in obj:
            parts.append(_type_repr(a))
        return '[' + ', '.join(parts) + ']'
    return repr(obj)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal, NoReturn."""
    __slots__ = ('_name', '_getitem')

    def __init__(self, name, getitem):
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_getitem', getitem)

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate ' + repr(self))

    def __instancecheck__(self, obj):
        raise TypeError(repr(self) + ' cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        raise TypeError(repr(self) + ' cannot be used with issubclass()')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    """A subscripted type: List[int], Dict[str, int], Union[int, str]."""

    def __init__(self, origin, args, name=None, special_repr=None, inst=True):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special_repr = special_repr
        self._inst = inst

    def __repr__(self):
        if self._special_repr is not None:
            return self._special_repr
        parts = []
        for a in self.__args__:
            parts.append(_type_repr(a))
        if not parts:
            parts.append('()')
        if self._name is not None:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        return head + '[' + ', '.join(parts) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type ' + str(self._name) + ' cannot be instantiated; use '
                            + self.__origin__.__name__ + '() instead')
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name, inst=self._inst)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias of a class: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            if len(params) > self._nparams:
                word = 'many'
            else:
                word = 'few'
            raise TypeError('Too ' + word + ' arguments for ' + repr(self)
                            + '; actual ' + str(len(params)) + ', expected '
                            + str(self._nparams))
        return _GenericAlias(self.__origin__, params, self._name, inst=self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type ' + self._name + ' cannot be instantiated; use '
                            + self.__origin__.__name__ + '() instead')
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def _any_getitem(self, params):
    raise TypeError(repr(self) + ' is not subscriptable')


def _union_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError('Cannot take a Union of no types.')
    flat = []
    for p in params:
        if p is None:
            p = type(None)
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            for q in p.__args__:
                if q not in flat:
                    flat.append(q)
        elif p not in flat:
            flat.append(p)
    if len(flat) == 1:
        return flat[0]
    args = tuple(flat)
    if len(args) == 2 and type(None) in args:
        other = args[0]
        if other is type(None):
            other = args[1]
        return _GenericAlias(Union, args, 'Union',
                             special_repr='typing.Optional[' + _type_repr(other) + ']')
    return _GenericAlias(Union, args, 'Union')


def _optional_getitem(self, params):
    return Union[params, None]


def _wrap_getitem(self, params):
    return _GenericAlias(self, params, self._name)


def _literal_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(self, params, 'Literal',
                         special_repr='typing.Literal[' + ', '.join(map(repr, params)) + ']')


Any = _SpecialForm('Any', _any_getitem)
NoReturn = _SpecialForm('NoReturn', _any_getitem)
Never = _SpecialForm('Never', _any_getitem)
Self = _SpecialForm('Self', _any_getitem)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _wrap_getitem)
Final = _SpecialForm('Final', _wrap_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)


def _tuple_getitem(self, params):
    if not isinstance(params, tuple):
        params = (params,)
    return _GenericAlias(tuple, params, 'Tuple', inst=False)


def _callable_getitem(self, params):
    if not isinstance(params, tuple) or len(params) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    args, result = params
    if args is ...:
        text = 'typing.Callable[..., ' + _type_repr(result) + ']'
    else:
        text = 'typing.Callable[' + _type_repr(list(args)) + ', ' + _type_repr(result) + ']'
    return _GenericAlias(_abc.Callable, (args, result), 'Callable', special_repr=text)


class _TupleAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        return _tuple_getitem(self, params)


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        return _callable_getitem(self, params)


List = _SpecialGenericAlias(list, 1, 'List', inst=False)
Dict = _SpecialGenericAlias(dict, 2, 'Dict', inst=False)
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, 'Counter')
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, 'ChainMap')
Deque = _SpecialGenericAlias(collections.deque, 1, 'Deque')
Tuple = _TupleAlias(tuple, -1, 'Tuple', inst=False)
Callable = _CallableAlias(_abc.Callable, 2, 'Callable')
Type = _SpecialGenericAlias(type, 1, 'Type', inst=False)
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, 'Iterable')
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, 'Iterator')
Generator = _SpecialGenericAlias(_abc.Generator, 3, 'Generator')
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, 'Reversible')
Container = _SpecialGenericAlias(_abc.Container, 1, 'Container')
Collection = _SpecialGenericAlias(_abc.Collection, 1, 'Collection')
Hashable = _abc.Hashable
Sized = _abc.Sized
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, 'MutableSequence')
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, 'MutableMapping')
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, 'AbstractSet')
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, 'MutableSet')
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, 'MappingView')
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, 'KeysView')
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, 'ValuesView')
try:
    Set = _SpecialGenericAlias(set, 1, 'Set', inst=False)
    FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet', inst=False)
except NameError:
    Set = _SpecialGenericAlias(_abc.MutableSet, 1, 'Set')
    FrozenSet = _SpecialGenericAlias(_abc.Set, 1, 'FrozenSet')
Text = str


class TypeVar(_Final):
    """Type variable: T = TypeVar('T')."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', str, str)


class Generic:
    """Base class for generic classes: class Box(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if cls is Generic or cls is Protocol:
            # Generic[T] is used as a base class; there is no __mro_entries__
            # support yet, so it stands for Generic itself.
            return cls
        return _GenericAlias(cls, params)


class Protocol(Generic):
    """Base class for protocol classes (structural checks are not done)."""
    __slots__ = ()


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    """Return the value unchanged (the type is for the checker)."""
    return val


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. '
            'A series of @typing.overload-decorated functions '
            'outside a stub module should always be followed '
            'by an implementation that is not @typing.overload-ed.')
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        return {}
    return dict(hints)


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    return ()


class NewType:
    """NewType('UserId', int): a callable returning its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name
        self.__supertype__ = tp

    def __repr__(self):
        return '__main__.' + self.__qualname__

    def __call__(self, x):
        return x


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple (the functional form)."""
    if fields is None:
        fields = list(kwargs.items())
    names = []
    for item in fields:
        names.append(item[0])
    import sys
    try:
        module = sys._getframemodulename(1) or '__main__'
    except (AttributeError, ValueError):
        module = '__main__'
    return collections.namedtuple(typename, names, module=module)


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """The functional form: a dict subclass (keys are not checked)."""
    return type(typename, (dict,), {})


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass
