import { AppUpdate } from './appUpdate';

/** Set just before the one reload that lets the service worker serve this page with COOP/COEP. */
const RELOAD_FLAG = 'embedding-lab:isolation-reload';

export type StartOutcome = 'render' | 'reloading';

let registered: Promise<ServiceWorkerRegistration | undefined> = Promise.resolve(undefined);

/** This page's service worker registration; undefined in dev, without support, or if it failed. */
export function serviceWorkerRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  return registered;
}

/** Offers a newly deployed version (src/offline/appUpdate.ts); undefined without a service worker. */
export async function appUpdate(): Promise<AppUpdate | undefined> {
  const registration = await registered;
  if (!registration) return undefined;
  update ??= new AppUpdate(navigator.serviceWorker, registration, () => location.reload());
  return update;
}
let update: AppUpdate | undefined;

/**
 * Production builds only: registers the service worker (src/offline/sw.ts).
 *
 * On a host that sends no COOP/COEP headers (GitHub Pages) the page is not cross-origin isolated,
 * so WASM would run on one thread. Once the service worker is active it adds those headers to
 * every response, and one reload makes this page isolated (the coi-serviceworker technique).
 * A flag in sessionStorage allows that reload once per tab session, so a browser where it cannot
 * work is not reloaded in a loop.
 */
export async function startServiceWorker(): Promise<StartOutcome> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return 'render';
  const url = new URL('sw.js', new URL(import.meta.env.BASE_URL, location.href));
  registered = navigator.serviceWorker.register(url, { updateViaCache: 'none' }).catch((error: unknown) => {
    console.warn('Offline use is off: the service worker failed to register.', error);
    return undefined;
  });
  if (self.crossOriginIsolated) {
    writeFlag(false);
    return 'render';
  }
  if (readFlag()) return 'render';
  const active = await registered.then((found) => (found ? becomesActive(found) : false));
  if (!active) return 'render';
  writeFlag(true);
  location.reload();
  return 'reloading';
}

/** Resolves true once the registration has an active worker, false if installing it failed. */
function becomesActive(registration: ServiceWorkerRegistration): Promise<boolean> {
  if (registration.active) return Promise.resolve(true);
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return Promise.resolve(false);
  return new Promise((resolve) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(true);
      if (worker.state === 'redundant') resolve(false);
    });
  });
}

function readFlag(): boolean {
  try {
    return sessionStorage.getItem(RELOAD_FLAG) !== null;
  } catch {
    return true; // no storage: no way to stop a loop, so do not reload at all
  }
}

function writeFlag(set: boolean): void {
  try {
    if (set) sessionStorage.setItem(RELOAD_FLAG, '1');
    else sessionStorage.removeItem(RELOAD_FLAG);
  } catch {
    // Storage is off; readFlag already refuses to reload.
  }
}
