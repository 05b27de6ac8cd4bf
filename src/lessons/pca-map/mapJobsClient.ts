/**
 * Runs one map computation in its own mapJobs.worker.ts and resolves with its result. Aborting the
 * signal terminates the worker (so even a job deep in a loop stops at once) and rejects with an
 * AbortError; the next job starts a fresh worker.
 *
 *   const umap = await runMapJob({ kind: 'umap', vectors, dims, options }, { signal, onProgress });
 */
import type { MapJob, MapJobKind, MapJobProgress, MapJobReply, MapJobResults } from './mapJobsProtocol';

export interface MapJobControls {
  signal?: AbortSignal;
  onProgress?: (progress: MapJobProgress) => void;
}

export function runMapJob<K extends MapJobKind>(
  job: Extract<MapJob, { kind: K }>,
  { signal, onProgress }: MapJobControls = {},
): Promise<MapJobResults[K]> {
  return new Promise((resolve, reject) => {
    const aborted = () => new DOMException('The map computation was cancelled', 'AbortError');
    if (signal?.aborted) return reject(aborted());
    const worker = new Worker(new URL('./mapJobs.worker.ts', import.meta.url), {
      type: 'module',
      name: `map-${job.kind}`,
    });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<MapJobReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') return onProgress?.(reply.progress);
      finish();
      if (reply.type === 'done') resolve(reply.result as MapJobResults[K]);
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      reject(new Error(event.message || `The map worker stopped during ${job.kind}`));
    };
    worker.postMessage(job); // copied, not transferred: the caller's arrays stay usable
  });
}
