/** The page's handle on one pca.worker.ts: it fits once, then answers look-ups against that fit. */
import { isAbortError } from '../../workers/abort';
import { RpcClient } from '../../workers/rpcClient';
import type { FittedPca, PcaApi, QueryPlacement } from './pcaProtocol';

export type FitEvent = ({ type: 'fitted' } & FittedPca) | { type: 'error'; message: string };

let clients = 0;

export class PcaWorkerClient {
  /** Tells fits apart (a React key for everything that belongs to one map). */
  readonly id = ++clients;
  private readonly rpc: RpcClient<PcaApi>;

  /** Starts fitting a copy of the first `rows` rows of `vectors`; `onFitEvent` hears how it goes. */
  constructor(vectors: Float32Array, dims: number, rows: number, onFitEvent: (event: FitEvent) => void) {
    const worker = new Worker(new URL('./pca.worker.ts', import.meta.url), { type: 'module', name: 'pca' });
    this.rpc = new RpcClient<PcaApi>(worker, { terminate: () => worker.terminate() });
    const copy = vectors.slice(0, rows * dims);
    this.rpc.call('fit', { vectors: copy, dims }, { transfer: [copy.buffer] }).then(
      (fitted) => onFitEvent({ type: 'fitted', ...fitted }),
      (error: unknown) => {
        if (!isAbortError(error)) onFitEvent({ type: 'error', message: (error as Error).message });
      },
    );
  }

  /** The k rows nearest to row `index` in the full space (cosine), best first. */
  neighbours(index: number, k: number): Promise<Int32Array> {
    return this.rpc.call('neighbours', { index, k });
  }

  /** Where `vector` lands on the map, and its k nearest rows (cosine), best first. */
  placeQuery(vector: Float32Array, k: number): Promise<QueryPlacement> {
    return this.rpc.call('query', { vector, k });
  }

  terminate(): void {
    this.rpc.terminate('The PCA worker was closed');
  }
}
