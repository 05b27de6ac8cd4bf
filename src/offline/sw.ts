/// <reference lib="webworker" />
/**
 * The service worker (built to sw.js by scripts/vite/service-worker.ts, production builds only).
 *
 * 1. Offline after one visit: it stores the app's files (the shell when it installs, the WASM
 *    runtime the first time the app fetches it) and answers from that cache. Model files are not
 *    its business: transformers.js keeps them in its own Cache Storage.
 *    The app page itself comes from the cache of the version that is active (cache first), so a
 *    reload online and a reload offline show the same version: the shell never goes back to an older
 *    one after a newer one has run. A new deploy installs beside it and waits; the page offers
 *    "Update now" (src/offline/appUpdate.ts), or it takes over the next time the app starts.
 * 2. Cross-origin isolation on hosts that cannot set headers (GitHub Pages): every response it
 *    hands out carries COOP/COEP and the CSP unless the host sent them already. The page reloads
 *    once after the first install (src/offline/registerServiceWorker.ts) to be served this way.
 */
import {
  PRECACHE_PREFIX,
  type PrecacheStatus,
  type SkipWaitingRequest,
  type StatusRequest,
  type SwConfig,
} from './swProtocol';
import { isAppPage, neededPaths, withMissingHeaders } from './swLogic';

declare const self: ServiceWorkerGlobalScope;
declare const __SW_CONFIG__: SwConfig;

const config = __SW_CONFIG__;
const cacheName = `${PRECACHE_PREFIX}${config.version}`;
const absolute = (path: string) => new URL(path, self.location.href).href;
const precached = new Set([...config.shell, ...config.deferred].map(absolute));
const indexUrl = absolute('index.html');

self.addEventListener('install', (event) => {
  // 'reload' skips the HTTP cache, so a new version never stores an old index.html.
  const requests = config.shell.map((path) => new Request(absolute(path), { cache: 'reload' }));
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PRECACHE_PREFIX) && name !== cacheName) await caches.delete(name);
      }
      // Take over the page that registered us, so its next requests (the runtime) get stored.
      // An update waits until the student clicks "Update now" (skip-waiting) or all tabs close.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') return event.respondWith(navigation(request));
  const key = url.origin + url.pathname;
  if (precached.has(key)) return event.respondWith(fromPrecache(request, key, event));
  // Worker scripts need COEP for the worker to be isolated too; other requests pass untouched.
  if (request.destination === 'worker') event.respondWith(fetch(request).then(secured));
});

self.addEventListener('message', (event) => {
  const message = event.data as StatusRequest | SkipWaitingRequest | undefined;
  if (message?.type === 'skip-waiting') return event.waitUntil(self.skipWaiting());
  const port = event.ports[0];
  if (message?.type !== 'precache-status' || !port) return;
  event.waitUntil(precacheStatus(message).then((status) => port.postMessage(status)));
});

function secured(response: Response): Response {
  // Redirects of navigations (opaqueredirect) and errors have status 0 and cannot be rebuilt.
  if (response.status === 0) return response;
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers: withMissingHeaders(response.headers, config.headers),
  });
}

/**
 * Cache first: the app page of the active version, online or not, so the shell a student sees only
 * changes when a new version takes over. Network only when the stored page is missing.
 */
async function navigation(request: Request): Promise<Response> {
  if (!isAppPage(request.url, self.registration.scope)) return secured(await fetch(request));
  const cached = await caches.match(indexUrl, { cacheName });
  return secured(cached ?? (await fetch(request)));
}

/** Hashed files never change under one name: the stored copy is always right. */
async function fromPrecache(request: Request, key: string, event: FetchEvent): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(key);
  if (cached) return secured(cached);
  const response = await fetch(request);
  if (response.ok && response.status === 200) {
    event.waitUntil(cache.put(key, response.clone()).then(notifyClients));
  }
  return secured(response);
}

async function missingPaths(cache: Cache, paths: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const path of paths) if (!(await cache.match(absolute(path)))) missing.push(path);
  return missing;
}

async function precacheStatus({ runtime }: StatusRequest): Promise<PrecacheStatus> {
  const cache = await caches.open(cacheName);
  const needed = neededPaths(config, absolute, runtime);
  let missing = await missingPaths(cache, needed);
  // Completing waits for the page to name its runtime, so it fetches only the build in use.
  if (runtime !== undefined && missing.length > 0) {
    await Promise.allSettled(missing.map((path) => cache.add(absolute(path))));
    missing = await missingPaths(cache, needed);
  }
  return { version: config.version, total: needed.length, missing };
}

async function notifyClients(): Promise<void> {
  for (const client of await self.clients.matchAll()) client.postMessage({ type: 'precache-updated' });
}
