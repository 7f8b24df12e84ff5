// The JS side of the runtime's imports (wasm/session.cpp, wasm/browser_driver.cpp): each forwards
// to a function that web/src/runtime/session.mjs gives createTulipModule (listed in
// -sINCOMING_MODULE_JS_API, wasm/CMakeLists.txt). session.mjs wraps tulip_js_wait and
// tulip_js_load_source in WebAssembly.Suspending, finding them by the Module function each calls:
// a returned promise suspends the run until it resolves; without promise integration they must
// answer in place.
mergeInto(LibraryManager.library, {
  // One decoder for every batch of output and trace.
  $tulipDecoder: 'new TextDecoder()',
  // UTF-8 text in wasm memory, NULs and all. The view is taken afresh: memory may have grown.
  $tulipText__deps: ['$tulipDecoder'],
  $tulipText: function (ptr, length) {
    return tulipDecoder.decode(new Uint8Array(wasmMemory.buffer, ptr, length));
  },
  tulip_js_wait: function (ms) {
    return Module['tulipWait'](ms);
  },
  tulip_js_output__deps: ['$tulipText'],
  tulip_js_output: function (stream, ptr, length) {
    Module['tulipOutput'](stream, tulipText(ptr, length));
  },
  tulip_js_trace__deps: ['$tulipText'],
  tulip_js_trace: function (ptr, length) {
    Module['tulipTrace'](tulipText(ptr, length));
  },
  tulip_js_load_source__deps: ['$tulipText'],
  tulip_js_load_source: function (ptr, length) {
    return Module['tulipLoadSource'](tulipText(ptr, length));
  },
  tulip_js_take_source: function (ptr, length) {
    return Module['tulipTakeSource'](new Uint8Array(wasmMemory.buffer, ptr, length));
  },
});
