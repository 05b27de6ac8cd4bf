/**
 * A plain static file server, like the ones schools and GitHub Pages run: no SPA fallback, no
 * special headers unless asked to apply the build's `_headers` file. Used to check a build under a
 * sub-path with and without headers (e2e/static-hosting.spec.ts) and by `npm run serve:dist`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { matchesHeaderPattern, parseNetlifyHeaders } from '../vite/header-files.ts';

export interface StaticServerOptions {
  /** The folder to serve, e.g. dist. */
  root: string;
  /** The URL path it appears under; starts and ends with '/'. */
  base?: string;
  /** Send the headers of `<root>/_headers`, as Netlify and Cloudflare Pages do. */
  applyHeadersFile?: boolean;
  /** Extra folders at other URL paths, e.g. { '/fixture-models': 'fixtures/models' }. */
  mounts?: Record<string, string>;
  port?: number;
  host?: string;
  /** gzip text and WASM files for clients that accept it, as hosting platforms do. */
  gzip?: boolean;
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export function startStaticServer(options: StaticServerOptions): Promise<RunningServer> {
  const base = options.base ?? '/';
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`base must start and end with '/': ${base}`);
  const headersFile = path.join(options.root, '_headers');
  const rules =
    options.applyHeadersFile && existsSync(headersFile)
      ? parseNetlifyHeaders(readFileSync(headersFile, 'utf8'))
      : [];
  if (options.applyHeadersFile && rules.length === 0) throw new Error(`No header rules in ${headersFile}`);
  const folders: [string, string][] = [
    ...Object.entries(options.mounts ?? {}).map(([prefix, dir]): [string, string] => [
      `${prefix.replace(/\/$/, '')}/`,
      dir,
    ]),
    [base, options.root],
  ];

  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (`${urlPath}/` === base) return redirect(res, base);
    const mount = folders.find(([prefix]) => urlPath.startsWith(prefix));
    if (!mount) return notFound(res);
    const [prefix, dir] = mount;
    const sitePath = `/${urlPath.slice(prefix.length)}`;
    let file = path.resolve(dir, `.${sitePath}`);
    if (file !== path.resolve(dir) && !file.startsWith(path.resolve(dir) + path.sep)) return notFound(res);
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file) || !statSync(file).isFile()) return notFound(res);
    if (dir === options.root) {
      for (const rule of rules) {
        if (!matchesHeaderPattern(rule.pattern, sitePath)) continue;
        for (const [name, value] of Object.entries(rule.headers)) res.setHeader(name, value);
      }
    }
    res.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Accept-Ranges', 'bytes');
    const size = statSync(file).size;
    // `bytes=N-` (a resumed download) and `bytes=N-M` (transformers.js asks for bytes=0-0 to learn a size).
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range?.[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (range && start >= size) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    if (
      options.gzip &&
      !range &&
      COMPRESSIBLE.test(file) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding']))
    ) {
      const body = gzipped(file);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Content-Length', body.length);
      return res.end(req.method === 'HEAD' ? undefined : body);
    }
    if (range) {
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    }
    res.setHeader('Content-Length', end - start + 1);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file, { start, end }).pipe(res);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { address, port } = server.address() as AddressInfo;
      resolve({
        origin: `http://${address}:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

const COMPRESSIBLE = /\.(html|js|mjs|css|json|csv|wasm|txt)$/;
const gzipCache = new Map<string, Buffer>();

function gzipped(file: string): Buffer {
  let body = gzipCache.get(file);
  if (!body) gzipCache.set(file, (body = gzipSync(readFileSync(file))));
  return body;
}

function redirect(res: ServerResponse, location: string) {
  res.writeHead(301, { Location: location }).end();
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
}
