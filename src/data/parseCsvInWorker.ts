import type { CsvTable } from './csvTable';
import type { CsvWorkerEvent, CsvWorkerRequest } from './csvWorkerProtocol';
import type { Outcome } from './datasetError';

export class LoadCancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'LoadCancelledError';
  }
}

/** Parses CSV bytes in a fresh worker; aborting terminates the worker at once. */
export function parseCsvInWorker(
  bytes: ArrayBuffer,
  name: string,
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<Outcome<CsvTable>> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new LoadCancelledError());
    const worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new LoadCancelledError());
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (message: MessageEvent<CsvWorkerEvent>) => {
      const event = message.data;
      if (event.type === 'progress') return options.onProgress?.(event.fraction);
      finish();
      resolve(event.result);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve({
        ok: false,
        error: {
          kind: 'internal',
          problem: `The CSV reader stopped: ${event.message || 'unknown error'}.`,
          advice: 'Reload the page and try again.',
        },
      });
    };
    worker.postMessage({ bytes, name } satisfies CsvWorkerRequest, [bytes]);
  });
}
