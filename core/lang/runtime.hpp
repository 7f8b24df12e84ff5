// The object protocol: creating values, the builtin types, and the generic operations on values
// (repr, str, hash, compare, attributes, calls, iteration). Implemented across the object files.
#pragma once
#include <cstdarg>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lang/chunk.hpp"
#include "lang/object.hpp"
#include "lang/value.hpp"

namespace tulip::lang {

class VM;
VM& vm();
// Gives the embedder its turn (VM::poll_hook) from long stretches outside the VM's loop: parsing
// and compiling a large module.
void poll_embedder();

// A Python exception travelling through C++ code.
struct PyError {
  ExcObj* exc;
};

std::string strf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string vstrf(const char* fmt, va_list ap);

// ---- the builtin types --------------------------------------------------------------------------
struct Types {
  TypeObj *object, *type, *none, *notimpl, *ellipsis, *bool_, *int_, *float_, *str, *bytes, *list,
      *tuple, *dict, *set, *frozenset, *range, *slice, *function, *builtin_function, *method, *code,
      *cell, *module, *generator, *coroutine, *async_generator, *property, *classmethod,
      *staticmethod, *super, *iterator, *dict_keys, *dict_values, *dict_items, *defaultdict,
      *counter, *ordered_dict, *deque, *partial, *misc;
  // iterator types (all with the Iter layout)
  TypeObj *list_iterator, *list_reverseiterator, *tuple_iterator, *range_iterator, *str_iterator,
      *str_ascii_iterator, *bytes_iterator, *set_iterator, *dict_keyiterator, *dict_valueiterator,
      *dict_itemiterator, *dict_reversekeyiterator, *callable_iterator, *async_generator_asend,
      *async_generator_athrow, *anext_awaitable;
  // exceptions
  TypeObj *BaseException, *Exception, *GeneratorExit, *KeyboardInterrupt, *SystemExit,
      *StopIteration, *StopAsyncIteration, *ArithmeticError, *ZeroDivisionError, *OverflowError,
      *AssertionError, *AttributeError, *LookupError, *IndexError, *KeyError, *NameError,
      *UnboundLocalError, *RuntimeError, *RecursionError, *NotImplementedError, *TypeError,
      *ValueError, *OSError, *ConnectionError, *ConnectionResetError, *ConnectionRefusedError,
      *BrokenPipeError, *TimeoutError, *MemoryError, *SyntaxError, *IndentationError,
      *FileNotFoundError, *FileExistsError, *ImportError, *ModuleNotFoundError, *UnicodeError,
      *UnicodeDecodeError, *UnicodeEncodeError, *EOFError, *Warning, *RuntimeWarning,
      *DeprecationWarning, *UserWarning, *IsADirectoryError, *PermissionError,
      *ConnectionAbortedError, *BlockingIOError, *ChildProcessError, *InterruptedError,
      *ProcessLookupError, *NotADirectoryError, *FloatingPointError, *BufferError, *ReferenceError,
      *SystemError, *TabError, *LookupErrorDummy;
};
Types& T();

// ---- construction -------------------------------------------------------------------------------
Value None();
Value True();
Value False();
Value NotImplemented();
Value Ellipsis();
inline Value Int(int64_t x) { return Value::integer(x); }
inline Value Float(double x) { return Value::floating(x); }
inline Value Bool(bool x) { return Value::boolean(x); }
inline Value V(Obj* o) { return Value::object(o); }

StrObj* new_str(std::string_view s);
StrObj* intern(std::string_view s);
Value str_val(std::string_view s);
ListObj* new_list(size_t n = 0);
ListObj* new_list(std::vector<Value> items);
TupleObj* new_tuple(size_t n = 0);
TupleObj* new_tuple(std::vector<Value> items);
TupleObj* empty_tuple();
DictObj* new_dict();
SetObj* new_set(bool frozen = false);
BytesObj* new_bytes(std::string s);
RangeObj* new_range(int64_t start, int64_t stop, int64_t step);
CellObj* new_cell(Value v);
NativeObj* new_native(const char* name, NativeFn fn, Value self = Value(), Value data = Value());
IterObj* new_iter(TypeObj* type, IterNextFn next);
ModuleObj* new_module(std::string_view name);
TypeObj* new_type(std::string_view name, TypeObj* base, Kind layout, bool builtin);
ExcObj* new_exception(TypeObj* type, std::vector<Value> args);
ExcObj* new_exception(TypeObj* type, std::string_view msg);
BoundMethodObj* new_bound_method(Value self, Value func);

// ---- errors -------------------------------------------------------------------------------------
[[noreturn]] void throw_exc(ExcObj* e);
// The const char* overloads take literal messages and the ...f forms printf-style ones (as strf):
// the call sites then build no std::string, which keeps them small.
[[noreturn]] void raise(TypeObj* type, std::string msg);
[[noreturn]] void raise(TypeObj* type, const char* msg);
[[noreturn]] void raisef(TypeObj* type, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
[[noreturn]] void raise_value(TypeObj* type, Value arg);
[[noreturn]] void type_error(std::string msg);
[[noreturn]] void type_error(const char* msg);
[[noreturn]] void type_errorf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void value_error(std::string msg);
[[noreturn]] void value_error(const char* msg);
[[noreturn]] void value_errorf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void index_error(std::string msg);
[[noreturn]] void index_error(const char* msg);
[[noreturn]] void index_errorf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
[[noreturn]] void key_error(Value key);
[[noreturn]] void attribute_error(Value obj, StrObj* name);
[[noreturn]] void not_implemented_construct(const char* what, int line);
bool exc_matches(ExcObj* e, TypeObj* t);
bool exc_matches_value(ExcObj* e, Value spec); // a class or a tuple of classes
std::string exc_message(ExcObj* e);            // str(e)
std::string exc_line(ExcObj* e);               // "ValueError: msg"
std::string exc_suggestion(ExcObj* e);         // ". Did you mean: 'total'?" or ""

// ---- type tests ---------------------------------------------------------------------------------
TypeObj* type_of(const Value& v);
inline bool is_kind(const Value& v, Kind k) { return v.tag == Tag::Obj && v.o->kind == k; }
inline bool is_str(const Value& v) { return is_kind(v, Kind::Str); }
inline bool is_list(const Value& v) { return is_kind(v, Kind::List); }
inline bool is_tuple(const Value& v) { return is_kind(v, Kind::Tuple); }
inline bool is_dict(const Value& v) { return is_kind(v, Kind::Dict); }
inline bool is_type(const Value& v) { return is_kind(v, Kind::Type); }
bool is_subtype(TypeObj* t, TypeObj* base);
bool isinstance(const Value& v, TypeObj* t);
const char* type_name(const Value& v);
std::string_view sv(const Value& v); // a str's bytes
std::string_view sv(StrObj* s);
int64_t as_index(const Value& v, const char* what = nullptr); // int / bool / __index__
double as_double(const Value& v);                             // int / float (TypeError otherwise)
bool is_number(const Value& v);

// ---- protocol -----------------------------------------------------------------------------------
std::string repr(const Value& v);
std::string to_str(const Value& v);
Value repr_val(const Value& v);
Value str_of(const Value& v);
int64_t hash_of(const Value& v);
// The hash of an object by identity: its address rotated right by 4 bits (the low bits are
// alignment), on 64 bits whatever the pointer size, as CPython's _Py_HashPointer.
inline int64_t pointer_hash(const void* p) {
  uint64_t bits = uint64_t(uintptr_t(p));
  return int64_t((bits >> 4) | (bits << 60));
}
int64_t hash_int(int64_t x);
int64_t hash_double(double d);
int64_t hash_bytes(std::string_view s);
bool truthy(const Value& v);
bool eq(const Value& a, const Value& b); // ==, identity first (as containers compare)
Value compare(const Value& a, const Value& b, int op);
bool compare_bool(const Value& a, const Value& b, int op);
Value binary_op(const Value& a, const Value& b, int op);
Value unary_neg(const Value& v);
Value unary_pos(const Value& v);
Value unary_invert(const Value& v);
bool contains(const Value& container, const Value& item);
Value getitem(const Value& obj, const Value& key);
void setitem(const Value& obj, const Value& key, const Value& val);
void delitem(const Value& obj, const Value& key);
int64_t length(const Value& v);
Value format_value(const Value& v, std::string_view spec);

// Attributes
Value lookup_type(TypeObj* t, StrObj* name); // MRO lookup, Null if absent
Value lookup_type(TypeObj* t, std::string_view name);
Value getattr(const Value& obj, StrObj* name);
Value getattr_opt(const Value& obj, StrObj* name); // Null instead of AttributeError
void setattr(const Value& obj, StrObj* name, const Value& val);
void delattr(const Value& obj, StrObj* name);
DictObj* instance_dict(const Value& obj, bool create);
Value bind(const Value& attr, const Value& self, TypeObj* owner);
// Method lookup without allocating a bound method: returns the function and sets *self_out to
// the receiver (Null when the result is already a bound/plain callable).
Value get_method(const Value& obj, StrObj* name, Value* self_out);

// Calls
Value call(const Value& f, Value* args, int nargs, const Kw& kw = Kw());
Value call0(const Value& f);
Value call1(const Value& f, Value a);
Value call2(const Value& f, Value a, Value b);
Value call3(const Value& f, Value a, Value b, Value c);
Value call_method(const Value& obj, StrObj* name, Value* args, int nargs);
Value call_method(const Value& obj, const char* name, std::vector<Value> args = {});
Value call_dunder(const Value& obj, StrObj* name, Value* args, int nargs, bool* found);
bool callable(const Value& v);

// Iteration
Value get_iter(const Value& v);
bool next(const Value& it, Value& out); // false when exhausted
std::vector<Value> to_vector(const Value& iterable);

// Strings
int64_t str_cplen(StrObj* s);
std::string py_repr_str(std::string_view s);
std::string format_int(int64_t v, std::string_view spec);
std::string format_float(double d, std::string_view spec);
std::string format_str(std::string_view s, std::string_view spec);
Value str_getitem(StrObj* s, const Value& key);
Value str_mod(StrObj* fmt, const Value& args);
Value bytes_mod(BytesObj* fmt, const Value& args);
std::string ascii_of(const std::string& s); // non-ASCII escaped as ascii() does
Value str_iter(StrObj* s);
Value str_iter_typed(StrObj* s); // iterator.cpp: str_iterator / str_ascii_iterator
std::string utf8_encode(uint32_t cp);
size_t utf8_next(std::string_view s, size_t i, uint32_t* cp);
std::vector<uint32_t> utf8_decode(std::string_view s);

// Containers
Value dict_get(DictObj* d, const Value& key); // Null when absent
Value dict_get_str(DictObj* d, StrObj* key);  // Null when absent (interned fast path)
Value dict_get(DictObj* d, std::string_view key);
void dict_set(DictObj* d, const Value& key, const Value& val);
void dict_set(DictObj* d, std::string_view key, const Value& val);
bool dict_del(DictObj* d, const Value& key);
int32_t dict_find(DictObj* d, const Value& key, int64_t hash);
void dict_clear(DictObj* d);
DictObj* dict_copy(DictObj* d);
void dict_update(DictObj* d, const Value& other);
bool set_add(SetObj* s, const Value& key);
bool set_contains(SetObj* s, const Value& key);
bool set_discard(SetObj* s, const Value& key);
void set_clear(SetObj* s);
SetObj* set_copy(SetObj* s, bool frozen);
void set_update(SetObj* s, const Value& iterable);
void list_append(ListObj* l, const Value& v);
void list_sort(ListObj* l, const Value& key, bool reverse);
// A stable sort of (key, index) pairs by their keys: ints, strs (by their bytes), or any values
// through < (Less) or > (Greater).
enum class KeyOrder { IntLess, StrLess, Less, Greater };
void sort_keyed(std::vector<std::pair<Value, size_t>>& keyed, KeyOrder order);
int64_t normalize_index(int64_t i, int64_t len, const char* what);
bool slice_indices(SliceObj* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step);
int64_t slice_len(int64_t start, int64_t stop, int64_t step);
Value seq_getslice(const Value& seq, SliceObj* s);

// Integers
Value int_from_str(std::string_view s, int base);
std::string int_to_base(int64_t v, int base, bool prefix);
Value float_from_str(std::string_view s);
Value pow_values(const Value& a, const Value& b, const Value& mod);

// Modules and setup
void init_types();
void init_builtins(DictObj* builtins);
void init_exceptions();
void init_str_methods();
void init_containers();
void init_number_methods();
void init_misc_types();
void init_iterator_methods();
Value import_module(StrObj* name);
void add_method(TypeObj* t, const char* name, NativeFn fn);
void add_function(DictObj* d, const char* name, NativeFn fn);
std::string func_repr_name(const Value& f);

// Helpers for natives
void check_nargs(const char* fname, int nargs, int min, int max);
void no_kw(const char* fname, const Kw& kw);
Value kwarg(const Kw& kw, const char* name); // Null if absent
// Binds positional and keyword arguments to named parameters as CPython's argument clinic does
// (its messages); the first `required` are mandatory, the rest are left Null when absent.
void parse_args(const char* fname, const Value* args, int nargs, const Kw& kw,
                std::initializer_list<const char*> names, int required, Value* out);

#define NATIVE(fname) static Value fname(NativeObj* self, Value* a, int n, const Kw& kw)
#define UNUSED_NATIVE_ARGS                                                                         \
  (void)self;                                                                                      \
  (void)a;                                                                                         \
  (void)n;                                                                                         \
  (void)kw

} // namespace tulip::lang
