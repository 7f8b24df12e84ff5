#!/usr/bin/env bash
# Builds the page's runtime with Debian's emscripten 3.1.6 into build/wasm, then copies tulip.mjs
# and tulip.wasm to web/src/runtime/wasm/, where the site build and the wasm tests take them, with
# unicodedata.py, which the runtime does not embed but loads when a program imports it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# em++ runs its JS optimizer under node, which needs acorn from Debian's node modules.
if [[ -z "${NODE_PATH:-}" ]]; then
  acorn_dir="$(dpkg -L node-acorn 2>/dev/null | grep -m1 '/acorn$' || true)"
  export NODE_PATH="${acorn_dir:+$(dirname "$acorn_dir")}"
  NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"
fi

# Sized for download (the runtime's budget: 250 KB gzip): -Oz, whole-program LTO, and
# -finline-functions because emcc's -Oz otherwise passes -fno-inline-functions to clang, which then
# inlines not even one-line accessors (smaller and faster with them inlined). These flags also
# reach the link, which needs -flto too. unicodedata's table of names stays out of the binary
# (core/lang/CMakeLists.txt).
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS_RELEASE="-Oz -DNDEBUG -flto -finline-functions" \
  -DTULIP_EMBED_UNICODEDATA=OFF >/dev/null
cmake --build build/wasm -j2
mkdir -p web/src/runtime/wasm
cp build/wasm/wasm/tulip.mjs build/wasm/wasm/tulip.wasm build/wasm/wasm/unicodedata.py web/src/runtime/wasm/
