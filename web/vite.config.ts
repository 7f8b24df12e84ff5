// Vite configuration of the playground: a static site under web/, built into dist/ at the
// repository's root with relative URLs only, so that any static server serves it under any path.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist', import.meta.url));

// The wasm runtime's compilation is what a first run waits for longest. A small inline script at
// the top of the page starts it (compileStreaming: compiled while it downloads) before the page's
// own script has even been fetched and evaluated; the runtime's loader takes that promise
// (window.tulipWasm, see web/src/runtime/runtime.ts) and compiles on its own if there is none or
// it failed (a server that does not say application/wasm).
function compileWasmEarly(): Plugin {
  return {
    name: 'tulip-compile-wasm-early',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const wasm = Object.keys(context.bundle ?? {}).filter((file) => file.endsWith('.wasm'));
        return wasm.map((file) => ({
          tag: 'script',
          children:
            `try { window.tulipWasm = WebAssembly.compileStreaming(fetch(${JSON.stringify(`./${file}`)})); ` +
            'window.tulipWasm.catch(() => {}); } catch (e) {}',
          injectTo: 'head-prepend' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: './',
  publicDir: false,
  plugins: [compileWasmEarly()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
  },
  preview: {
    host: '127.0.0.1',
  },
});
