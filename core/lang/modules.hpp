// Built-in modules: a registry of module initializers, imported by name.
#pragma once
#include <string>

#include "lang/object.hpp"

namespace tulip::lang {

using ModuleInit = void (*)(ModuleObj* m);
void register_module(const char* name, ModuleInit init);
void register_source_module(const char* name, const char* source);
void run_source_module(ModuleObj* m, const char* source);
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
