"""Abstract Base Classes for gilectomy (CPython 3.11 behaviour).

ABCMeta keeps each class's registered virtual subclasses and its real
subclasses (there is no type.__subclasses__ yet), answers isinstance and
issubclass through __instancecheck__/__subclasscheck__, and refuses to
instantiate a class that still has abstract methods.
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token',
           'update_abstractmethods']

try:
    _frozen = frozenset
except NameError:
    _frozen = tuple


def _sorted_tuple(d):
    return _frozen(sorted(d))


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


# Bumped by every register(); negative caches older than this are stale.
_abc_invalidation_counter = [0]


def get_cache_token():
    return _abc_invalidation_counter[0]


def _is_abstract(value):
    try:
        if getattr(value, '__isabstractmethod__', False):
            return True
        # property, classmethod and staticmethod forward the flag of what
        # they wrap (in case the runtime's versions do not).
        if isinstance(value, property):
            for f in (value.fget, value.fset, value.fdel):
                if f is not None and getattr(f, '__isabstractmethod__', False):
                    return True
        elif isinstance(value, (classmethod, staticmethod)):
            return bool(getattr(value.__func__, '__isabstractmethod__', False))
    except Exception:
        pass
    return False


def _compute_abstracts(cls, namespace_names):
    abstracts = {}
    for name in namespace_names:
        if _is_abstract(cls.__dict__.get(name)):
            abstracts[name] = None
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts[name] = None
    return abstracts


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        names = []
        for key in namespace:
            names.append(key)
        setattr(cls, '__abstractmethods__',
                         _sorted_tuple(_compute_abstracts(cls, names)))
        setattr(cls, '_abc_registry', [])
        setattr(cls, '_abc_subclasses', [])
        setattr(cls, '_abc_cache', {})
        setattr(cls, '_abc_negative_cache', {})
        setattr(cls, '_abc_negative_cache_version',
                         _abc_invalidation_counter[0])
        for base in bases:
            subs = base.__dict__.get('_abc_subclasses')
            if subs is not None:
                subs.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get('__abstractmethods__')
        if abstracts:
            names = sorted(abstracts)
            if len(names) == 1:
                what = ' with abstract method '
            else:
                what = ' with abstract methods '
            raise TypeError("Can't instantiate abstract class " + cls.__name__
                            + what + ', '.join(names))
        return super().__call__(*args, **kwargs)

    def __subclasshook__(cls, subclass):
        return NotImplemented

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _abc_invalidation_counter[0]
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter[0]:
            setattr(cls, '_abc_negative_cache', {})
            setattr(cls, '_abc_negative_cache_version',
                             _abc_invalidation_counter[0])
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache[subclass] = None
            else:
                cls._abc_negative_cache[subclass] = None
            return ok
        if cls in subclass.__mro__:
            cls._abc_cache[subclass] = None
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache[subclass] = None
                return True
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache[subclass] = None
                return True
        cls._abc_negative_cache[subclass] = None
        return False

    def _dump_registry(cls, file=None):
        print('Class: ' + cls.__module__ + '.' + cls.__qualname__, file=file)
        print('Inv. counter: ' + str(get_cache_token()), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    names = []
    for key in cls.__dict__:
        names.append(key)
    setattr(cls, '__abstractmethods__',
                     _sorted_tuple(_compute_abstracts(cls, names)))
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
