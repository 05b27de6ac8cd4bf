import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import type { Connect, Plugin } from 'vite';

/**
 * Serves model folders in dev and preview, and answers 404 for a missing file under a model path.
 * Without this, the SPA fallback answers a missing `config.json` with index.html and status 200,
 * and transformers.js fails later with a confusing JSON parse error.
 */
export function modelFiles(mounts: Record<string, string>): Plugin {
  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0]);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!url.startsWith(`${prefix}/`)) continue;
      const file = path.resolve(dir, `.${url.slice(prefix.length)}`);
      const inside = file.startsWith(path.resolve(dir) + path.sep);
      const stat = inside ? statSafe(file) : undefined;
      if (!stat?.isFile()) {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain');
        res.end(`Not found: ${url}`);
        return;
      }
      res.setHeader('Content-Length', String(stat.size));
      res.setHeader('Content-Type', contentType(file));
      res.setHeader('Cache-Control', 'no-cache');
      createReadStream(file).pipe(res);
      return;
    }
    next();
  };
  return {
    name: 'embedding-lab:model-files',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

function statSafe(file: string) {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function contentType(file: string): string {
  return file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
}
