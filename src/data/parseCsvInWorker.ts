import { RpcClient, RpcError } from '../workers/rpcClient';
import type { CsvTable } from './csvTable';
import type { CsvApi } from './csvWorkerProtocol';
import type { Outcome } from './datasetError';

/**
 * Parses CSV bytes in a fresh worker. Parsing is one synchronous call inside the worker, so
 * cancelling ends the worker itself; the promise then rejects with an AbortError.
 */
export async function parseCsvInWorker(
  bytes: ArrayBuffer,
  name: string,
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<Outcome<CsvTable>> {
  const { signal, onProgress } = options;
  const worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' });
  const client = new RpcClient<CsvApi>(worker, { terminate: () => worker.terminate() });
  try {
    return await client.call('parse', { bytes, name }, { signal, onProgress, transfer: [bytes] });
  } catch (error) {
    if (!(error instanceof RpcError)) throw error;
    return {
      ok: false,
      error: {
        kind: 'internal',
        problem: `The CSV reader stopped: ${error.message}`,
        advice: 'Reload the page and try again.',
      },
    };
  } finally {
    client.terminate();
  }
}
