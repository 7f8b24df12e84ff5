// The unicodedata module, written in Python (unicodedata.py) and compiled when first imported.
// The native build holds its source (embedded by CMakeLists.txt); the wasm build leaves it out of
// the page's download (about 22 KB of the gzipped binary) and asks the embedder for it instead.
#include "lang/modules.hpp"

namespace tulip::lang {

#ifdef TULIP_EMBED_UNICODEDATA
extern const char* const kUnicodedataSource; // unicodedata.py, generated into the build

void init_unicodedata_module(ModuleObj* m) { run_source_module(m, kUnicodedataSource); }
#else
void init_unicodedata_module(ModuleObj* m) { run_loaded_source_module(m); }
#endif

} // namespace tulip::lang
