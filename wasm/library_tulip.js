// The JS side of the runtime's imports (wasm/session.cpp, wasm/browser_driver.cpp): each forwards
// to a function that web/src/runtime/session.mjs gives createTulipModule (listed in
// -sINCOMING_MODULE_JS_API, wasm/CMakeLists.txt). session.mjs wraps tulip_js_wait and
// tulip_js_load_source in WebAssembly.Suspending, finding them by the Module function each calls:
// a returned promise suspends the run until it resolves; without promise integration they must
// answer in place.
//
// The WebSocket imports tulip_js_ws_* (wasm/web_network.cpp says what each answers) forward to
// Module.tulipNet, the run's WebSockets kept by session.mjs; they are synchronous, and bytes and
// text cross as copies in wasm memory.
mergeInto(LibraryManager.library, {
  // One decoder for every batch of output and trace.
  $tulipDecoder: 'new TextDecoder()',
  $tulipEncoder: 'new TextEncoder()',
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
  tulip_js_ws_connect__deps: ['$tulipText'],
  tulip_js_ws_connect: function (ptr, length, port) {
    return Module['tulipNet']['connect'](tulipText(ptr, length), port);
  },
  tulip_js_ws_state: function (id) {
    return Module['tulipNet']['state'](id);
  },
  // max 0 asks how many bytes wait (no view).
  tulip_js_ws_recv: function (id, ptr, max) {
    return Module['tulipNet']['recv'](id, max > 0 ? new Uint8Array(wasmMemory.buffer, ptr, max) : null);
  },
  tulip_js_ws_send: function (id, ptr, length) {
    return Module['tulipNet']['send'](id, new Uint8Array(wasmMemory.buffer, ptr, length));
  },
  tulip_js_ws_shutdown: function (id) {
    Module['tulipNet']['shutdown'](id);
  },
  tulip_js_ws_close: function (id) {
    Module['tulipNet']['close'](id);
  },
  tulip_js_ws_text__deps: ['$tulipEncoder'],
  tulip_js_ws_text: function (id, what, ptr, max) {
    var bytes = tulipEncoder.encode(Module['tulipNet']['text'](id, what));
    new Uint8Array(wasmMemory.buffer, ptr, max).set(bytes.subarray(0, max));
    return bytes.length;
  },
  tulip_js_ws_port: function (id, what) {
    return Module['tulipNet']['port'](id, what);
  },
  tulip_js_ws_live: function () {
    return Module['tulipNet']['live']();
  },
  tulip_js_ws_accepted: function () {
    return Module['tulipNet']['accepted']();
  },
  tulip_js_ws_listening: function (port) {
    Module['tulipNet']['listening'](port);
  },
});
