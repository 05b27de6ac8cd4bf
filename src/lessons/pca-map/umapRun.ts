/** The page's view of one UMAP run: what the controls show and what the map draws. */
import type { MapJobProgress } from './mapJobsProtocol';

export interface UmapSettings {
  nNeighbors: number;
  minDist: number;
  seed: number;
}

export type UmapRun =
  | { state: 'idle' }
  | { state: 'running'; settings: UmapSettings; progress: MapJobProgress | null }
  | { state: 'cancelled' }
  | { state: 'failed'; message: string }
  | {
      state: 'done';
      settings: UmapSettings;
      /** Row-major [n, 2]. */
      coords: Float64Array;
      ms: number;
      /** Set when the vectors were first reduced to this many PCA dimensions. */
      reducedTo: number | null;
    };

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
