// The functools module, written in Python (compiled when first imported).
#include "lang/modules.hpp"

namespace tulip::lang {

const char* const kFunctoolsSource = R"PYSRC(
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__')
WRAPPER_UPDATES = ('__dict__',)

def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        d = getattr(wrapped, attr, None)
        if d:
            getattr(wrapper, attr).update(d)
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)

class partial:
    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords
    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)
    def __repr__(self):
        args = [repr(self.func)]
        args.extend(repr(x) for x in self.args)
        args.extend(f"{k}={v!r}" for (k, v) in self.keywords.items())
        return f"functools.partial({', '.join(args)})"
    def __get__(self, obj, objtype=None):
        return self

_initial_missing = object()

def reduce(function, sequence, initial=_initial_missing):
    it = iter(sequence)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value

class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))
    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])
    def __repr__(self):
        return f"CacheInfo(hits={self[0]!r}, misses={self[1]!r}, maxsize={self[2]!r}, currsize={self[3]!r})"

def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in {int, str}:
        return key[0]
    return key

_kwd_mark = (object(),)

def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')
    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function

def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]
    def wrapper(*args, **kwds):
        key = _make_key(args, kwds, typed)
        if key in cache:
            stats[0] += 1
            if maxsize is not None:
                value = cache.pop(key)
                cache[key] = value
                return value
            return cache[key]
        stats[1] += 1
        result = user_function(*args, **kwds)
        if maxsize is None:
            cache[key] = result
        elif maxsize > 0:
            if key not in cache:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
        return result
    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))
    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    update_wrapper(wrapper, user_function)
    return wrapper

def cache(user_function):
    return lru_cache(maxsize=None)(user_function)

def cmp_to_key(mycmp):
    class K(object):
        __slots__ = ['obj']
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K

def total_ordering(cls):
    d = cls.__dict__
    if '__lt__' in d:
        if '__gt__' not in d:
            cls.__gt__ = lambda self, other: (not self < other) and self != other
        if '__le__' not in d:
            cls.__le__ = lambda self, other: self < other or self == other
        if '__ge__' not in d:
            cls.__ge__ = lambda self, other: not self < other
    elif '__gt__' in d:
        cls.__lt__ = lambda self, other: (not self > other) and self != other
        cls.__ge__ = lambda self, other: self > other or self == other
        cls.__le__ = lambda self, other: not self > other
    elif '__le__' in d:
        cls.__lt__ = lambda self, other: self <= other and self != other
        cls.__gt__ = lambda self, other: not self <= other
        cls.__ge__ = lambda self, other: (not self <= other) or self == other
    return cls

class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.attrname = name
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        val = self.func(instance)
        instance.__dict__[self.attrname] = val
        return val
)PYSRC";

void init_functools_module(ModuleObj* m) { run_source_module(m, kFunctoolsSource); }

} // namespace tulip::lang
