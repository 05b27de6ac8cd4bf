/**
 * Tells the page when a new version of the app is ready, and applies it when the student asks.
 *
 * After a redeploy the browser installs the new service worker beside the running one, where it
 * waits (src/offline/sw.ts): the page keeps its version, online or offline. Here the page notices the
 * waiting worker and offers "Update now"; that click lets the new worker take over, and this tab
 * reloads into the new version. Without a click it takes over when every tab of the app has closed.
 */
import type { SkipWaitingRequest } from './swProtocol';

/**
 * 'ready': a new version waits for the student's click;
 * 'elsewhere': another tab applied it, and this tab's old files are gone, so it needs a reload.
 */
export type UpdateState = 'none' | 'ready' | 'elsewhere';

/** The parts of ServiceWorkerContainer and ServiceWorkerRegistration used here (fakes in tests). */
interface Container extends EventTarget {
  controller: unknown;
}
interface Worker extends EventTarget {
  state: string;
  postMessage(message: SkipWaitingRequest): void;
}
interface Registration extends EventTarget {
  installing: Worker | null;
  waiting: Worker | null;
  update(): Promise<unknown>;
}

/** How often an open page asks the host whether a new version was deployed. */
const CHECK_EVERY_MS = 30 * 60 * 1000;

export class AppUpdate {
  private state: UpdateState = 'none';
  private readonly listeners = new Set<() => void>();
  private applying = false;

  constructor(
    private readonly container: Container,
    private readonly registration: Registration,
    private readonly reload: () => void,
  ) {
    // The first install (no controller yet) is not an update; taking over then is expected.
    const hadController = container.controller !== null;
    container.addEventListener('controllerchange', () => {
      if (this.applying) this.reload();
      else if (hadController) this.set('elsewhere');
    });
    registration.addEventListener('updatefound', () => this.track(registration.installing));
    this.track(registration.installing);
    if (registration.waiting && hadController) this.set('ready');
  }

  getState = (): UpdateState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** "Update now": the waiting version takes over, then this tab reloads into it. */
  apply(): void {
    const waiting = this.registration.waiting;
    if (!waiting) return this.reload();
    this.applying = true;
    waiting.postMessage({ type: 'skip-waiting' });
  }

  /** Asks the host for a new version now and then while the page stays open. */
  checkPeriodically(): () => void {
    const timer = setInterval(() => void this.registration.update().catch(() => {}), CHECK_EVERY_MS);
    return () => clearInterval(timer);
  }

  private track(worker: Worker | null): void {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && this.container.controller !== null) this.set('ready');
    });
  }

  private set(state: UpdateState): void {
    if (this.state === state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
