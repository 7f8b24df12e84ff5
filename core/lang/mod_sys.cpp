// The sys module: stdout/stderr, argv, exit, version_info, recursion limit, modules.
#include "lang/modules.hpp"
#include "lang/names.hpp"
#include "lang/runtime.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

void write_to(const Value& file, std::string_view s);

NATIVE(stream_write) {
  UNUSED_NATIVE_ARGS;
  check_nargs("write", n - 1, 1, 1);
  if (!is_str(a[1]))
    type_errorf("write() argument must be str, not %s", type_name(a[1]));
  write_to(a[0], sv(a[1]));
  return Int(int64_t(cast<StrObj>(a[1])->cplen));
}
NATIVE(stream_flush) {
  UNUSED_NATIVE_ARGS;
  vm().flush_out();
  return None();
}
NATIVE(stream_writelines) {
  UNUSED_NATIVE_ARGS;
  for (auto& x : to_vector(a[1]))
    write_to(a[0], sv(x));
  return None();
}
NATIVE(stream_isatty) {
  UNUSED_NATIVE_ARGS;
  return False();
}
NATIVE(stream_fileno) {
  UNUSED_NATIVE_ARGS;
  return Int(std::string_view(cast<MiscObj>(a[0])->name) == "stdout" ? 1 : 2);
}

NATIVE(sys_exit) {
  UNUSED_NATIVE_ARGS;
  std::vector<Value> args; // sys.exit(None) raises SystemExit() (no args), like sys.exit()
  if (n > 0 && !a[0].is_none())
    args.push_back(a[0]);
  throw PyError{new_exception(T().SystemExit, std::move(args))};
}
NATIVE(sys_getrecursionlimit) {
  UNUSED_NATIVE_ARGS;
  return Int(vm().recursion_limit);
}
NATIVE(sys_setrecursionlimit) {
  UNUSED_NATIVE_ARGS;
  int64_t v = as_index(a[0]);
  if (v < 1)
    value_error("recursion limit must be greater or equal than 1");
  vm().recursion_limit = int(v);
  return None();
}
NATIVE(sys_exc_info) {
  UNUSED_NATIVE_ARGS;
  Value e = vm().cur_exc;
  if (e.is_null())
    return V(new_tuple({None(), None(), None()}));
  return V(new_tuple({V(type_of(e)), e, None()}));
}
NATIVE(sys_exception) {
  UNUSED_NATIVE_ARGS;
  Value e = vm().cur_exc;
  return e.is_null() ? None() : e;
}
NATIVE(sys_getsizeof) {
  UNUSED_NATIVE_ARGS;
  return Int(a[0].is_obj() ? int64_t(a[0].o->size) : 28);
}
NATIVE(sys_intern) {
  UNUSED_NATIVE_ARGS;
  return V(intern(sv(a[0])));
}

// version_info: a tuple whose fields also have names (CPython's struct sequence).
static const char* const kSysSource = R"PYSRC(
class version_info(tuple):
    __slots__ = ()
    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0
    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])
    def __repr__(self):
        return ("sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)"
                % tuple(self))
version_info = version_info((3, 11, 7, "final", 0))
)PYSRC";

void init_sys_module(ModuleObj* m) {
  VM& v = vm();
  DictObj* d = m->dict;
  TypeObj* io = new_type("TextIOWrapper", T().object, Kind::Misc, true);
  io->module = intern("_io");
  add_method(io, "write", stream_write);
  add_method(io, "flush", stream_flush);
  add_method(io, "writelines", stream_writelines);
  add_method(io, "isatty", stream_isatty);
  add_method(io, "fileno", stream_fileno);
  MiscObj* out = v.heap.alloc<MiscObj>(io, Kind::Misc);
  out->name = "stdout";
  MiscObj* err = v.heap.alloc<MiscObj>(io, Kind::Misc);
  err->name = "stderr";
  dict_set(d, "stdout", V(out));
  dict_set(d, "stderr", V(err));
  dict_set(d, "__stdout__", V(out));
  dict_set(d, "__stderr__", V(err));
  ListObj* argv = new_list();
  for (auto& s : v.argv)
    argv->items.push_back(str_val(s));
  dict_set(d, "argv", V(argv));
  add_function(d, "exit", sys_exit);
  add_function(d, "getrecursionlimit", sys_getrecursionlimit);
  add_function(d, "setrecursionlimit", sys_setrecursionlimit);
  add_function(d, "exc_info", sys_exc_info);
  add_function(d, "exception", sys_exception);
  add_function(d, "getsizeof", sys_getsizeof);
  add_function(d, "intern", sys_intern);
  dict_set(d, "modules", V(v.modules));
  dict_set(d, "maxsize", Int(INT64_MAX));
  dict_set(d, "byteorder", str_val("little"));
  dict_set(d, "platform", str_val("linux"));
  dict_set(d, "executable", str_val("tulip"));
  dict_set(d, "version", str_val("3.11.7 (tulip)"));
  dict_set(d, "implementation", str_val("tulip"));
  dict_set(d, "path", V(new_list()));
  dict_set(d, "builtin_module_names", V(new_tuple({str_val("builtins"), str_val("sys")})));
  dict_set(d, "hexversion", Int(0x030b07f0));
  run_source_module(m, kSysSource);
}

} // namespace tulip::lang
