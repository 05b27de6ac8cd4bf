/**
 * Runs one map computation in its own mapJobs.worker.ts and resolves with its result. Aborting the
 * signal terminates the worker (so even a job deep in a loop stops at once) and rejects with an
 * AbortError; the next job starts a fresh worker.
 *
 *   const umap = await runMapJob({ kind: 'umap', vectors, dims, options }, { signal, onProgress });
 */
import { abortError } from '../../workers/abort';
import { RpcClient } from '../../workers/rpcClient';
import type { MapJob, MapJobKind, MapJobProgress, MapJobResults, MapJobsApi } from './mapJobsProtocol';

export interface MapJobControls {
  signal?: AbortSignal;
  onProgress?: (progress: MapJobProgress) => void;
}

const CANCELLED = 'The map computation was cancelled';

export async function runMapJob<K extends MapJobKind>(
  job: Extract<MapJob, { kind: K }>,
  { signal, onProgress }: MapJobControls = {},
): Promise<MapJobResults[K]> {
  if (signal?.aborted) throw abortError(CANCELLED);
  const worker = new Worker(new URL('./mapJobs.worker.ts', import.meta.url), {
    type: 'module',
    name: `map-${job.kind}`,
  });
  const rpc = new RpcClient<MapJobsApi>(worker, { terminate: () => worker.terminate() });
  // A job is one synchronous loop that cannot hear a cancel message: end its worker instead.
  const stop = () => rpc.terminate(CANCELLED);
  signal?.addEventListener('abort', stop, { once: true });
  try {
    // Params are copied, not transferred: the caller's arrays stay usable.
    return (await rpc.call('run', job, { onProgress })) as MapJobResults[K];
  } finally {
    signal?.removeEventListener('abort', stop);
    worker.terminate();
  }
}
