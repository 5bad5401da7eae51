#!/usr/bin/env node
// A plain static server for the demo and the browser tests (no dependencies).
//
//   node scripts/serve.mjs [port | --port N] [--csp] [--quiet]
//
//   /          -> www/            (the demo)
//   /pkg/      -> dist/cinplan/   (the built package: scripts/build-pkg.sh)
//   /tests/    -> tests/browser/  (fixture pages for the browser tests)
//   /examples/index.json           the list of example plans, made from the folders
//                                  www/examples/<authority-id>/ on each request
//                                  (scripts/examples.mjs), so a new file shows at once
//
// Listens on 127.0.0.1 only. Port: `--port N` or a bare number, else $PORT, else 8000;
// 0 picks a free port (the line printed on start says which). `--csp` sends
// `Content-Security-Policy: script-src 'self' 'wasm-unsafe-eval'`, the policy an
// integrating page needs, so the demo can prove it runs under it.
//
// Can also be imported: `const { server, url } = await serve({ port: 0, csp: true })`.

import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { examplesIndex } from './examples.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const CSP = "script-src 'self' 'wasm-unsafe-eval'";

const MOUNTS = [
  ['/pkg/', path.join(ROOT, 'dist', 'cinplan')],
  ['/tests/', path.join(ROOT, 'tests', 'browser')],
  ['/', path.join(ROOT, 'www')],
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.ts': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** The file a URL path names, or null when it is outside every mount. */
export function resolvePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  for (const [prefix, dir] of MOUNTS) {
    const bare = prefix.slice(0, -1);
    if (decoded !== bare && !decoded.startsWith(prefix)) continue;
    const rest = decoded === bare ? '' : decoded.slice(prefix.length);
    const file = path.resolve(dir, '.' + path.posix.normalize('/' + rest));
    if (file !== dir && !file.startsWith(dir + path.sep)) return null;
    return file;
  }
  return null;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

export function handler({ csp = false, quiet = false } = {}) {
  return async (req, res) => {
    const base = {
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      ...(csp ? { 'Content-Security-Policy': CSP } : {}),
    };
    const log = (status) => {
      if (!quiet) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      log(405);
      return send(res, 405, 'Method not allowed\n', { ...base, Allow: 'GET, HEAD' });
    }
    let urlPath;
    try {
      urlPath = new URL(req.url, 'http://127.0.0.1').pathname;
    } catch {
      log(400);
      return send(res, 400, 'Bad request\n', base);
    }
    if (urlPath === '/examples/index.json') {
      let body;
      try {
        body = examplesIndex();
      } catch (e) {
        log(500);
        return send(res, 500, `${e.message}\n`, base);
      }
      log(200);
      res.writeHead(200, { ...base, 'Content-Type': MIME['.json'], 'Content-Length': Buffer.byteLength(body) });
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    let file = resolvePath(urlPath);
    if (!file) {
      log(404);
      return send(res, 404, 'Not found\n', base);
    }
    try {
      let stat = await fs.stat(file);
      if (stat.isDirectory()) {
        if (!urlPath.endsWith('/')) {
          log(301);
          res.writeHead(301, { ...base, Location: urlPath + '/' });
          return res.end();
        }
        file = path.join(file, 'index.html');
        stat = await fs.stat(file);
      }
      if (!stat.isFile()) throw new Error('not a file');
      // Symbolic links must not lead out of the served folders either.
      const real = await fs.realpath(file);
      if (!MOUNTS.some(([, dir]) => real === dir || real.startsWith(dir + path.sep))) {
        throw new Error('outside');
      }
      const type = MIME[path.extname(file).toLowerCase()] || 'application/octet-stream';
      res.writeHead(200, { ...base, 'Content-Type': type, 'Content-Length': stat.size });
      log(200);
      if (req.method === 'HEAD') return res.end();
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch {
      log(404);
      send(res, 404, 'Not found\n', base);
    }
  };
}

/** Starts the server; resolves to { server, url, port }. */
export function serve({ port = 8000, csp = false, quiet = false, host = '127.0.0.1' } = {}) {
  return new Promise((resolve, reject) => {
    const server = createServer(handler({ csp, quiet }));
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({ server, port: actual, url: `http://${host}:${actual}/` });
    });
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  const args = process.argv.slice(2);
  const csp = args.includes('--csp');
  const quiet = args.includes('--quiet');
  // The port: `--port N`, `--port=N` or a bare number; else $PORT; else 8000.
  let given;
  args.forEach((a, i) => {
    if (a === '--port' && /^\d+$/.test(args[i + 1] ?? '')) given = args[i + 1];
    else if (/^--port=\d+$/.test(a)) given = a.slice('--port='.length);
    else if (/^\d+$/.test(a) && args[i - 1] !== '--port' && given === undefined) given = a;
  });
  const port = Number(given ?? process.env.PORT ?? 8000);
  try {
    const { url } = await serve({ port, csp, quiet });
    console.log(`cinplan demo: ${url}${csp ? `  (Content-Security-Policy: ${CSP})` : ''}`);
    console.log('Press Ctrl+C to stop.');
  } catch (e) {
    console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e.message}`);
    process.exit(1);
  }
}
