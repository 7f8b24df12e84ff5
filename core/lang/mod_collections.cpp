// The collections module, written in Python (compiled when first imported).
#include "lang/modules.hpp"

namespace tulip::lang {

const char* const kCollectionsSource = R"PYSRC(
import sys as _sys

class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)
    @property
    def maxlen(self):
        return self._maxlen
    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]
    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]
    def append(self, x):
        self._items.append(x)
        self._trim_left()
    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_right()
    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)
    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()
    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)
    def clear(self):
        self._items.clear()
    def copy(self):
        return deque(self._items, self._maxlen)
    def count(self, x):
        return self._items.count(x)
    def index(self, x, *args):
        try:
            return self._items.index(x, *args)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None
    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._items.insert(i, x)
    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError(f"{value!r} is not in deque") from None
    def reverse(self):
        self._items.reverse()
    def rotate(self, n=1):
        if self._items:
            n %= len(self._items)
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __iter__(self):
        return iter(self._items)
    def __reversed__(self):
        return reversed(self._items)
    def __contains__(self, x):
        return x in self._items
    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        try:
            return self._items[i]
        except IndexError:
            raise IndexError("deque index out of range") from None
    def __setitem__(self, i, x):
        self._items[i] = x
    def __delitem__(self, i):
        del self._items[i]
    def __eq__(self, other):
        if isinstance(other, deque):
            return self._items == other._items
        return NotImplemented
    def __lt__(self, other):
        return self._items < other._items
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return deque(self._items + other._items, self._maxlen)
    def __iadd__(self, other):
        self.extend(other)
        return self
    def __mul__(self, n):
        return deque(self._items * n, self._maxlen)
    def __copy__(self):
        return self.copy()
    def __repr__(self):
        if self._maxlen is None:
            return f"deque({self._items!r})"
        return f"deque({self._items!r}, maxlen={self._maxlen})"
    __hash__ = None

class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory
    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value
    def copy(self):
        return defaultdict(self.default_factory, self)
    def __repr__(self):
        return f"defaultdict({self.default_factory!r}, {dict.__repr__(self)})"

class OrderedDict(dict):
    def __init__(self, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
    def move_to_end(self, key, last=True):
        value = self[key]
        if last:
            del self[key]
            self[key] = value
        else:
            items = [(key, value)] + [(k, v) for k, v in self.items() if k != key]
            self.clear()
            for k, v in items:
                self[k] = v
    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(list(self.keys()))) if last else next(iter(self))
        value = self.pop(key)
        return key, value
    def copy(self):
        return OrderedDict(self)
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict.__eq__(self, other)
    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return f"OrderedDict({list(self.items())!r})"

class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)
    def __missing__(self, key):
        return 0
    def total(self):
        return sum(self.values())
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]
    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem
    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = count + self.get(elem, 0)
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)
    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)
    def copy(self):
        return Counter(self)
    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)
    def __repr__(self):
        if not self:
            return f"{type(self).__name__}()"
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.most_common())
        return f"{type(self).__name__}({{{items}}})"
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result
    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result
    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result
    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result
    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result
    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)
    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other
    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)
    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other
    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)
    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other
    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self
    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()
    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()
    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()
    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

class _tuplegetter:
    # The field accessor of named tuples (CPython's C _tuplegetter: read-only, its own messages).
    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)
    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")
    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = tuple(map(str, field_names))
    for name in (typename,) + field_names:
        if not name.isidentifier():
            raise ValueError(f"Type names and field names must be valid identifiers: {name!r}")
    seen = set()
    for name in field_names:
        if name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)

    def __new__(_cls, *args, **kwargs):
        if len(args) > num_fields:
            raise TypeError(f"{typename}.__new__() takes {num_fields + 1} positional arguments but {len(args) + 1} were given")
        values = list(args)
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in field_names[len(values):] if n not in kwargs and n not in field_defaults]
                if len(missing) == 1:
                    raise TypeError(f"{typename}.__new__() missing 1 required positional argument: '{missing[0]}'")
                raise TypeError(f"{typename}.__new__() missing {len(missing)} required positional arguments: " +
                                ", ".join(repr(m) for m in missing[:-1]) + f" and {missing[-1]!r}")
        if kwargs:
            for k in kwargs:
                if k in field_names:
                    raise TypeError(f"{typename}.__new__() got multiple values for argument '{k}'")
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument '{next(iter(kwargs))}'")
        return tuple.__new__(_cls, values)

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(f'{n}={v!r}' for n, v in zip(field_names, self)) + ')'

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        '__doc__': f'{typename}({arg_list})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': staticmethod(__new__),
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        ns[name] = _tuplegetter(index, f'Alias for field number {index}')
    if module is None:
        try:
            module = _sys._getframe_module()
        except AttributeError:
            module = '__main__'
    ns['__module__'] = module
    result = type(typename, (tuple,), ns)
    return result
)PYSRC";

void init_collections_module(ModuleObj* m) { run_source_module(m, kCollectionsSource); }

} // namespace tulip::lang
