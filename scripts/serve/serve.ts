/**
 * `npm run serve:dist` — serves a build the way a plain static host would.
 *   tsx scripts/serve/serve.ts [folder=dist] [--port 8080] [--base /course/embedding-lab/]
 *                              [--headers] [--mount /fixture-models=fixtures/models]
 * --headers applies the build's _headers file (COOP/COEP, CSP); without it the server sends no
 * special headers, like GitHub Pages, and the service worker has to make the page isolated.
 */
import { parseArgs } from 'node:util';
import { startStaticServer } from './staticServer.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: '/' },
    headers: { type: 'boolean', default: false },
    mount: { type: 'string', multiple: true, default: [] },
  },
});

const mounts = Object.fromEntries(
  values.mount.map((spec) => {
    const [prefix, dir] = spec.split('=');
    if (!prefix || !dir) throw new Error(`--mount wants /url-path=folder, got ${spec}`);
    return [prefix, dir];
  }),
);
const root = positionals[0] ?? 'dist';
const server = await startStaticServer({
  root,
  base: values.base,
  applyHeadersFile: values.headers,
  mounts,
  port: Number(values.port),
  host: values.host,
});
console.log(
  `Serving ${root} at ${server.origin}${values.base} (${values.headers ? 'with' : 'without'} the _headers file)`,
);
