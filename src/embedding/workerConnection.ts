import { RpcClient } from '../workers/rpcClient';
import type { EmbeddingApi, WorkerError } from './protocol';

/** Rejection of a request: the worker's error as data, plus an Error for stack traces. */
export class EmbeddingError extends Error {
  constructor(readonly detail: WorkerError) {
    super(detail.message);
    this.name = 'EmbeddingError';
  }
}

export type EmbeddingConnection = RpcClient<EmbeddingApi>;

/** A brand-new embedding worker behind the app's worker RPC; callers never touch postMessage. */
export function connectEmbeddingWorker(): EmbeddingConnection {
  const worker = new Worker(new URL('./embedding.worker.ts', import.meta.url), {
    type: 'module',
    name: 'embedding',
  });
  return new RpcClient<EmbeddingApi>(worker, {
    toError: (detail) => new EmbeddingError(detail as WorkerError),
    terminate: () => worker.terminate(),
  });
}
