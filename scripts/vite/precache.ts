import { createHash } from 'node:crypto';

/** Build outputs that are not the app: build metadata, host config, source maps, the worker itself. */
const NOT_PRECACHED = [/^\.vite\//, /\.map$/, /^_headers$/, /^sw\.js$/, /(^|\/)\./];
/** A deployer's self-hosted model (npm run models:fetch): transformers.js caches what it uses. */
const MODEL_FOLDER = /^models\//;
/** onnxruntime's WASM builds (14 and 27 MB) are stored when first fetched, so installing stays quick. */
const DEFERRED = /\.wasm$/;

export interface PrecachePlan {
  shell: string[];
  deferred: string[];
}

/** Splits the build's files (paths relative to the output folder) into what the service worker stores. */
export function planPrecache(files: readonly string[]): PrecachePlan {
  const kept = [...new Set(files)]
    .filter((file) => !NOT_PRECACHED.some((rule) => rule.test(file)) && !MODEL_FOLDER.test(file))
    .sort();
  return {
    shell: kept.filter((file) => !DEFERRED.test(file)),
    deferred: kept.filter((file) => DEFERRED.test(file)),
  };
}

/** A short hash of every precached file's name and content: a new one means a new cache. */
export function precacheVersion(contents: ReadonlyMap<string, string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const file of [...contents.keys()].sort())
    hash.update(file).update('\0').update(contents.get(file)!).update('\0');
  return hash.digest('hex').slice(0, 12);
}
