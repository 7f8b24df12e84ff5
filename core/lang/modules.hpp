// Built-in modules: a registry of module initializers, imported by name.
#pragma once
#include <functional>
#include <string>

#include "lang/object.hpp"

namespace tulip::lang {

using ModuleInit = void (*)(ModuleObj* m);
void register_module(const char* name, ModuleInit init);
void register_source_module(const char* name, const char* source);
void run_source_module(ModuleObj* m, const char* source);

// Where the source of a module written in Python comes from when the binary does not hold it (the
// wasm build fetches unicodedata.py when a program first imports it). Returns true with the
// module's source in `source`, or false with why it could not in `error`.
using ModuleSourceLoader =
    std::function<bool(const std::string& name, std::string& source, std::string& error)>;
void set_module_source_loader(ModuleSourceLoader loader);
// Runs the module's source as the loader gives it; ImportError naming the module and the loader's
// reason when it cannot.
void run_loaded_source_module(ModuleObj* m);

Value import_name(StrObj* name, bool fromlist);

// The module initializers (modules/*.cpp).
void init_sys_module(ModuleObj* m);
void init_time_module(ModuleObj* m);
void init_math_module(ModuleObj* m);
void init_itertools_module(ModuleObj* m);
void init_functools_module(ModuleObj* m);
void init_collections_module(ModuleObj* m);
void init_string_module(ModuleObj* m);
void init_random_module(ModuleObj* m);
void init_os_module(ModuleObj* m);
void init_unicodedata_module(ModuleObj* m);
void register_asyncio_modules(); // asyncio/module.cpp
void register_thread_modules();  // threads.cpp
void register_builtin_modules();

} // namespace tulip::lang
