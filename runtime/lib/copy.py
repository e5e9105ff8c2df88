"""Shallow and deep copy operations, for gilectomy (CPython 3.11 behaviour).

copy(x) and deepcopy(x, memo) honour __copy__/__deepcopy__, __reduce_ex__/
__reduce__ when a class defines them, and otherwise copy an instance by
creating it with cls.__new__ and copying its __dict__ and __slots__ values
(what object.__reduce_ex__ amounts to).
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass

error = Error


def _atomic_types():
    types = [type(None), int, float, bool, str, type, range, type(len),
             type(Ellipsis), type(NotImplemented), property]
    def f():
        pass
    types.append(type(f))
    import builtins
    for name in ('complex', 'bytes', 'frozenset', 'slice'):
        t = getattr(builtins, name, None)
        if t is not None:
            types.append(t)
    return types


_atomic = {}
for _t in _atomic_types():
    _atomic[_t] = None


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_' + stripped + name
            names.append(name)
    return names


def _reduce_object(x):
    """What object.__reduce_ex__(4) returns for an ordinary instance."""
    cls = type(x)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        args = tuple(getnewargs())
    else:
        args = ()
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        d = getattr(x, '__dict__', None)
        if not d:
            d = None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (d, slots)
        else:
            state = d
    listitems = None
    dictitems = None
    if isinstance(x, list):
        listitems = iter(x)
    if isinstance(x, dict):
        dictitems = iter(x.items())
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def _reduce(x):
    cls = type(x)
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None:
        rv = x.__reduce_ex__(4)
    else:
        reductor = getattr(cls, '__reduce__', None)
        if reductor is not None:
            rv = x.__reduce__()
        else:
            rv = _reduce_object(x)
    return rv


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is tuple:
        return x
    if _is_set_type(cls):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _is_set_type(cls):
    name = cls.__name__
    return (name == 'set' or name == 'bytearray') and cls.__module__ == 'builtins'


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif _is_set_type(cls):
            y = _deepcopy_set(x, memo)
        else:
            rv = _reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    items = []
    for a in x:
        items.append(deepcopy(a, memo))
    try:
        return memo[id(x)]
    except KeyError:
        pass
    i = 0
    for k, j in zip(x, items):
        if k is not j:
            return tuple(items)
        i += 1
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key in x:
        y[deepcopy(key, memo)] = deepcopy(x[key], memo)
    return y


def _deepcopy_set(x, memo):
    items = []
    for a in x:
        items.append(deepcopy(a, memo))
    return type(x)(items)


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        copied = []
        for arg in args:
            copied.append(deepcopy(arg, memo))
        args = tuple(copied)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key in slotstate:
                    setattr(y, key, slotstate[key])

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
