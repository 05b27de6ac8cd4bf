/** Reads what this browser has stored: the service worker's copy of the app and the model files. */
import { MODEL_CACHE_NAME } from '../embedding/modelFiles';
import type { OfflineCheck, StoredCount } from './offlineReport';
import { serviceWorkerRegistration } from './registerServiceWorker';
import type { PrecacheStatus, StatusRequest } from './swProtocol';

const STATUS_TIMEOUT_MS = 5000;

/**
 * Asks the active service worker how much of the app it has stored. Once the backend's `runtime`
 * (the URL of its .wasm) is known, the worker also fetches what is missing, such as the runtime when
 * the page loaded it before the worker took over.
 */
export async function appFilesStored(runtime?: string): Promise<OfflineCheck['app']> {
  const registration = await serviceWorkerRegistration();
  if (!registration) return 'unsupported';
  const worker = registration.active;
  if (!worker) return 'installing';
  const status = await askWorker(worker, { type: 'precache-status', runtime });
  if (!status) return 'installing';
  return { stored: status.total - status.missing.length, total: status.total };
}

function askWorker(worker: ServiceWorker, request: StatusRequest): Promise<PrecacheStatus | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    // Completing may download the runtime (14–27 MB), so only a plain status question times out.
    const timer =
      request.runtime !== undefined ? undefined : setTimeout(() => resolve(undefined), STATUS_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<PrecacheStatus>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage(request, [channel.port2]);
  });
}

/** How many of these model file URLs transformers.js has in its cache. */
export async function modelFilesStored(urls: readonly string[]): Promise<StoredCount> {
  if (!('caches' in self) || !(await caches.has(MODEL_CACHE_NAME))) return { stored: 0, total: urls.length };
  const cache = await caches.open(MODEL_CACHE_NAME);
  const found = await Promise.all(urls.map((url) => cache.match(url)));
  return { stored: found.filter(Boolean).length, total: urls.length };
}
