// The JS side of the BrowserDriver's one import. The page (web/src/runtime/runtime.ts) provides
// Module.tulipWait and wraps this import in WebAssembly.Suspending, so a returned promise
// suspends the run until it resolves; without promise integration it must wait in place.
mergeInto(LibraryManager.library, {
  tulip_js_wait: function (ms) {
    return Module['tulipWait'](ms);
  },
});
