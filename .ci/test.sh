#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: the native build and its tests (release,
# then ASan+UBSan), the wasm build under Node, then the site in headless Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash .ci/setup.sh
cmake --preset release
cmake --build --preset release
ctest --preset release
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
bash wasm/build.sh
node --no-experimental-fetch tests/wasm/run.mjs
node tests/bridge/run.mjs
npm run lint:web # formatting and TypeScript's type check of the page
npx vite build --config web/vite.config.ts
node tests/web/run.mjs
