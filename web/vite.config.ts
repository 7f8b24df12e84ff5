// Vite configuration of the playground: a static site under web/, built into dist/ at the
// repository's root with relative URLs only, so that any static server serves it under any path.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist', import.meta.url));

// The wasm runtime is fetched by the runtime's loader once the page's script runs; a preload in
// the HTML starts that download at once, in parallel with the script. The preload is a CORS fetch
// like the loader's fetch() (crossorigin), so the browser hands the same response to both.
function preloadWasm(): Plugin {
  return {
    name: 'tulip-preload-wasm',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const wasm = Object.keys(context.bundle ?? {}).filter((file) => file.endsWith('.wasm'));
        return wasm.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `./${file}`, as: 'fetch', type: 'application/wasm', crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: './',
  publicDir: false,
  plugins: [preloadWasm()],
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
