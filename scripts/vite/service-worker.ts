import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { SwConfig } from '../../src/offline/swProtocol.ts';
import { planPrecache, precacheVersion } from './precache.ts';

/**
 * Builds the service worker (production only) into `<outDir>/sw.js`, with the list of files to
 * store and the headers to add baked in. It runs after the app is written, so the list is exactly
 * the build's files (hashed names included) plus the public folder's.
 */
export function serviceWorker(options: { entry: string; headers: Record<string, string> }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'embedding-lab:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(output, bundle) {
      const outDir = output.dir ?? config.build.outDir;
      const built = new Map<string, string | Uint8Array>();
      for (const file of Object.values(bundle))
        built.set(file.fileName, file.type === 'chunk' ? file.code : file.source);
      const plan = planPrecache([...built.keys(), ...listFiles(config.publicDir)]);
      const read = (file: string) => built.get(file) ?? readFileSync(path.join(config.publicDir, file));
      const stored = new Map([...plan.shell, ...plan.deferred].map((file) => [file, read(file)]));
      const swConfig: SwConfig = { version: precacheVersion(stored), ...plan, headers: options.headers };
      writeFileSync(
        path.join(outDir, 'sw.js'),
        await bundleServiceWorker(config.root, options.entry, swConfig),
      );
    },
  };
}

async function bundleServiceWorker(root: string, entry: string, swConfig: SwConfig): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: { __SW_CONFIG__: JSON.stringify(swConfig) },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: path.resolve(root, entry),
        formats: ['iife'],
        name: 'serviceWorker',
        fileName: () => 'sw.js',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const out of outputs) {
    if (!('output' in out)) continue;
    const chunk = out.output.find((file) => file.type === 'chunk');
    if (chunk?.type === 'chunk') return chunk.code;
  }
  throw new Error(`Building the service worker from ${entry} produced no script.`);
}

/** Paths of every file under `dir`, relative to it, with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(path.join(dir, prefix));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const relative = prefix ? `${prefix}/${name}` : name;
    return statSync(path.join(dir, relative)).isDirectory() ? listFiles(dir, relative) : [relative];
  });
}
