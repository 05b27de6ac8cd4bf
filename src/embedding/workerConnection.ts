import type { WorkerError, WorkerEvent, WorkerRequest } from './protocol';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type RequestBody = DistributiveOmit<Exclude<WorkerRequest, { type: 'cancel' }>, 'id'>;

/** Rejection of a request: the worker's error as data, plus an Error for stack traces. */
export class EmbeddingError extends Error {
  constructor(readonly detail: WorkerError) {
    super(detail.message);
    this.name = 'EmbeddingError';
  }
}

interface Pending {
  onEvent: (event: WorkerEvent) => void;
  resolve: (event: WorkerEvent) => void;
  reject: (error: EmbeddingError) => void;
}

const FINAL_EVENTS = new Set<WorkerEvent['type']>(['loaded', 'embed-done', 'inspected', 'truncation']);

/** One worker and its in-flight requests; callers never touch postMessage. */
export class WorkerConnection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (message: MessageEvent<WorkerEvent>) => this.dispatch(message.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll({ kind: 'internal', message: event.message || 'The embedding worker crashed.' });
    };
  }

  /**
   * Sends a request; intermediate events go to `onEvent`, the final one resolves the promise.
   * Aborting the signal asks the worker to stop and rejects at once with kind 'cancelled'.
   */
  request(body: RequestBody, onEvent: (event: WorkerEvent) => void = () => {}, signal?: AbortSignal) {
    const id = this.nextId++;
    return new Promise<WorkerEvent>((resolve, reject) => {
      if (signal?.aborted) return reject(new EmbeddingError({ kind: 'cancelled', message: 'Cancelled' }));
      const onAbort = () => {
        this.worker.postMessage({ type: 'cancel', id: this.nextId++, target: id } satisfies WorkerRequest);
        this.settle(id, { type: 'error', id, error: { kind: 'cancelled', message: 'Cancelled' } });
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, {
        onEvent,
        resolve: (event) => (cleanup(), resolve(event)),
        reject: (error) => (cleanup(), reject(error)),
      });
      this.worker.postMessage({ ...body, id } as WorkerRequest);
    });
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll({ kind: 'cancelled', message: 'The embedding worker was replaced.' });
  }

  private dispatch(event: WorkerEvent): void {
    if (event.type === 'error' || FINAL_EVENTS.has(event.type)) this.settle(event.id, event);
    else this.pending.get(event.id)?.onEvent(event);
  }

  private settle(id: number, event: WorkerEvent): void {
    const pending = this.pending.get(id);
    if (!pending) return; // already cancelled: a late result is dropped
    this.pending.delete(id);
    if (event.type === 'error') pending.reject(new EmbeddingError(event.error));
    else pending.resolve(event);
  }

  private failAll(error: WorkerError): void {
    for (const id of [...this.pending.keys()]) this.settle(id, { type: 'error', id, error });
  }
}
