// The import statement over the built-in module registry (sys.modules caches the instances).
#include "lang/modules.hpp"

#include <map>

#include "lang/compiler.hpp"
#include "lang/names.hpp"
#include "lang/parser.hpp"
#include "lang/runtime.hpp"
#include "lang/syntax_error.hpp"
#include "lang/vm.hpp"

namespace tulip::lang {

static std::map<std::string, ModuleInit>& registry() {
  static std::map<std::string, ModuleInit> r;
  return r;
}

void register_module(const char* name, ModuleInit init) { registry()[name] = init; }

static std::map<std::string, const char*>& source_registry() {
  static std::map<std::string, const char*> r;
  return r;
}

void register_source_module(const char* name, const char* source) {
  source_registry()[name] = source;
}

// Runs a module written in Python (its source from the binary or the loader) in the module's
// namespace.
void run_source_module(ModuleObj* mod, const char* source) {
  std::string filename = "<frozen " + std::string(sv(mod->name)) + ">";
  VM& m = vm();
  m.sources[filename] = {};
  std::unique_ptr<ast::Module> tree;
  CodeObj* code;
  try {
    tree = parse(source, filename);
    code = compile_module(*tree, filename);
  } catch (SyntaxError& e) {
    raise(T().SystemError, "cannot compile built-in module: " + e.str());
  }
  Value cv = V(code);
  RootGuard g(&cv);
  Frame* saved_top = m.top;
  (void)saved_top;
  m.run_module_code(code, mod->dict);
}

static ModuleSourceLoader& module_source_loader() {
  static ModuleSourceLoader loader;
  return loader;
}

void set_module_source_loader(ModuleSourceLoader loader) {
  module_source_loader() = std::move(loader);
}

void run_loaded_source_module(ModuleObj* mod) {
  std::string name(sv(mod->name));
  std::string source;
  std::string error = "this build holds no source for it and has no loader";
  if (!module_source_loader() || !module_source_loader()(name, source, error)) {
    ExcObj* e = new_exception(T().ImportError, "cannot load module '" + name + "': " + error);
    dict_set(instance_dict(V(e), true), "name", str_val(name));
    throw PyError{e};
  }
  run_source_module(mod, source.c_str());
}

static Value load_module(const std::string& name) {
  VM& m = vm();
  Value cached = dict_get(m.modules, name);
  if (!cached.is_null())
    return cached;
  auto it = registry().find(name);
  auto src = source_registry().find(name);
  if (it == registry().end() && src != source_registry().end()) {
    ModuleObj* mod = new_module(name);
    Value mv = V(mod);
    dict_set(m.modules, name, mv);
    try {
      run_source_module(mod, src->second);
    } catch (...) {
      dict_del(m.modules, str_val(name));
      throw;
    }
    return mv;
  }
  if (it == registry().end()) {
    ExcObj* e = new_exception(T().ModuleNotFoundError, strf("No module named '%s'", name.c_str()));
    dict_set(instance_dict(V(e), true), "name", str_val(name));
    throw PyError{e};
  }
  ModuleObj* mod = new_module(name);
  Value mv = V(mod);
  dict_set(m.modules, name, mv);
  try {
    it->second(mod);
  } catch (...) {
    dict_del(m.modules, str_val(name)); // a later import tries again, as after a failed source
    throw;
  }
  return mv;
}

Value import_name(StrObj* name, bool fromlist) {
  std::string n(sv(name));
  if (n.find('.') == std::string::npos)
    return load_module(n);
  // dotted: load each package, bind submodules as attributes, return the top (or the leaf)
  std::string top = n.substr(0, n.find('.'));
  Value topm = load_module(top);
  Value cur = topm;
  size_t pos = 0;
  while (true) {
    size_t dot = n.find('.', pos);
    if (dot == std::string::npos)
      break;
    size_t next = n.find('.', dot + 1);
    std::string full = n.substr(0, next);
    std::string leaf =
        n.substr(dot + 1, next == std::string::npos ? std::string::npos : next - dot - 1);
    Value sub = load_module(full);
    setattr(cur, intern(leaf), sub);
    cur = sub;
    pos = dot + 1;
  }
  return fromlist ? cur : topm;
}

void register_builtin_modules() {
  register_module("sys", init_sys_module);
  register_module("time", init_time_module);
  register_module("math", init_math_module);
  register_module("itertools", init_itertools_module);
  register_module("functools", init_functools_module);
  register_module("collections", init_collections_module);
  register_module("string", init_string_module);
  register_module("random", init_random_module);
  register_module("os", init_os_module);
  register_module("unicodedata", init_unicodedata_module);
  register_asyncio_modules();
  register_thread_modules();
}

} // namespace tulip::lang
