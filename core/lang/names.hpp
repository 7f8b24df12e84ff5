// Interned identifiers the runtime looks up often (dunder methods, attribute names).
#pragma once
#include "lang/object.hpp"

namespace tulip::lang {

#define TULIP_NAMES(X)                                                                             \
  X(__init__)                                                                                      \
  X(__new__) X(__repr__) X(__str__) X(__eq__) X(__ne__) X(__lt__) X(__le__) X(__gt__) X(__ge__) X( \
      __hash__) X(__len__) X(__bool__) X(__getitem__) X(__setitem__) X(__delitem__) X(__iter__)    \
      X(__next__) X(__contains__) X(__call__) X(__getattr__) X(__getattribute__) X(__setattr__) X( \
          __delattr__) X(__enter__) X(__exit__) X(__aenter__) X(__aexit__) X(__await__)            \
          X(__aiter__) X(__anext__) X(__format__) X(__index__) X(__int__) X(__float__) X(__neg__)  \
              X(__pos__) X(__invert__) X(__abs__) X(__name__) X(__qualname__) X(__module__)        \
                  X(__doc__) X(__class__) X(__dict__) X(__main__) X(__builtins__) X(__file__) X(   \
                      __all__) X(__reversed__) X(__missing__) X(__set_name__) X(__init_subclass__) \
                      X(__round__) X(__get__) X(__set__) X(__delete__) X(__class_getitem__)        \
                          X(__slots__) X(__classcell__) X(__annotations__) X(__post_init__)        \
                              X(__mro__) X(__bases__) X(__base__) X(__self__) X(__wrapped__) X(    \
                                  __spec__) X(__package__) X(__loader__) X(__trunc__) X(__floor__) \
                                  X(__ceil__) X(__length_hint__) X(__sizeof__) X(__divmod__)       \
                                      X(__rdivmod__) X(__pow__) X(__rpow__) X(__copy__)            \
                                          X(__deepcopy__) X(__fspath__) X(__subclasshook__)        \
                                              X(args) X(send) X(throw_) X(close) X(value) X(code)  \
                                                  X(append) X(keys) X(items) X(values) X(write)    \
                                                      X(flush) X(get) X(join) X(format) X(self)    \
                                                          X(cls) X(super) X(print) X(end) X(sep)   \
                                                              X(file) X(key)                       \
                                                                  X(reverse) X(default_) X(strict) \
                                                                      X(start) X(name) X(msg)      \
                                                                          X(errno_) X(strerror_)

struct Names {
#define TULIP_NAME_FIELD(n) StrObj* n = nullptr;
  TULIP_NAMES(TULIP_NAME_FIELD)
#undef TULIP_NAME_FIELD
  StrObj* binop[13] = {};  // __add__ ...
  StrObj* rbinop[13] = {}; // __radd__ ...
  StrObj* ibinop[13] = {}; // __iadd__ ...
  StrObj* cmp[6] = {};     // __lt__ __le__ __eq__ __ne__ __gt__ __ge__
  StrObj* empty = nullptr;
  StrObj* lambda = nullptr;
  StrObj* module = nullptr; // "<module>"
};
Names& N();
void init_names();

} // namespace tulip::lang
