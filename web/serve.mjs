// A tiny static file server for the built site (dist/), on 127.0.0.1, optionally under a path
// prefix (/some/sub/path/) to check that the site works wherever it is hosted.
//
//   import { startStaticServer } from './serve.mjs';
//   const server = await startStaticServer({ root: 'dist', prefix: '/sub/' });
//   ... server.url ...   (http://127.0.0.1:PORT/sub/)
//   await server.close();
//
// Command line: node web/serve.mjs [--root dist] [--prefix /] [--port 0]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.py': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function normalizePrefix(prefix) {
  let p = prefix || '/';
  if (!p.startsWith('/')) p = `/${p}`;
  if (!p.endsWith('/')) p = `${p}/`;
  return p;
}

/** Starts serving `root` under `prefix`; resolves with { url, port, close() }. */
export async function startStaticServer({ root, prefix = '/', port = 0, host = '127.0.0.1', log = false } = {}) {
  const rootDir = path.resolve(root);
  const base = normalizePrefix(prefix);
  const sockets = new Set();

  const server = createServer(async (req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(text);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed');
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname = decodeURIComponent(url.pathname);
      if (`${pathname}/` === base) {
        res.writeHead(301, { location: base });
        return res.end();
      }
      if (!pathname.startsWith(base)) return send(404, 'not found');
      let relative = pathname.slice(base.length);
      if (relative === '' || relative.endsWith('/')) relative += 'index.html';
      const file = path.resolve(rootDir, relative);
      if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return send(403, 'forbidden');
      let info;
      try {
        info = await stat(file);
      } catch {
        return send(404, 'not found');
      }
      if (!info.isFile()) return send(404, 'not found');
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-cache',
      });
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).pipe(res);
      if (log) console.log(`${req.method} ${pathname} 200`);
    } catch (error) {
      send(500, String(error));
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  return {
    port: actualPort,
    url: `http://${host}:${actualPort}${base}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function argValue(args, name, fallback) {
  const index = args.indexOf(name);
  return index >= 0 && index + 1 < args.length ? args[index + 1] : fallback;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const server = await startStaticServer({
    root: argValue(args, '--root', path.join(here, '..', 'dist')),
    prefix: argValue(args, '--prefix', '/'),
    port: Number(argValue(args, '--port', '0')),
    log: args.includes('--log'),
  });
  console.log(`Tulip playground: ${server.url}  (Ctrl+C stops it)`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
