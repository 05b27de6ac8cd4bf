/** What the build tells the service worker, and what the page and the service worker say to each other. */

/** Injected into sw.js at build time (scripts/vite/service-worker.ts). Paths are relative to sw.js. */
export interface SwConfig {
  /** Changes whenever a precached file changes; names the cache. */
  version: string;
  /** Stored when the service worker installs: the page, its scripts and styles, the default dataset. */
  shell: string[];
  /** Large runtime files (onnxruntime's WASM builds), stored the first time the app fetches them. */
  deferred: string[];
  /** Headers every response from the service worker carries, unless the host already sent them. */
  headers: Record<string, string>;
}

/** Caches this app's service worker owns. Model files live in transformers.js' own cache. */
export const PRECACHE_PREFIX = 'embedding-lab-precache-';

export interface PrecacheStatus {
  version: string;
  total: number;
  /** Precache paths not stored yet. */
  missing: string[];
}

export interface StatusRequest {
  type: 'precache-status';
  /**
   * URL of the WASM runtime the page's backend loads; the other runtime build is not needed offline.
   * Once the page knows it, the worker also fetches what is missing, then answers.
   */
  runtime?: string;
}

/** From the page's "Update now": the waiting new version takes over at once. */
export interface SkipWaitingRequest {
  type: 'skip-waiting';
}
