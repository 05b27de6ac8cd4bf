/** Messages between the PCA map page and its worker (pca.worker.ts). */
import type { PcaModel } from '../../math/pca';
import type { Method } from '../../workers/rpcProtocol';

/** Neighbours compared for the preservation score, and the fixed seed of its random sample. */
export const PRESERVATION_K = 10;
export const PRESERVATION_SAMPLE = 2000;
export const PRESERVATION_SEED = 20240601;

export interface PreservationResult {
  /** Mean share of each sampled point's full-dimension neighbours that are map neighbours too. */
  score: number;
  sampleSize: number;
  rows: number;
  k: number;
  ms: number;
}

/** Events of a fit, in order: the map, progress of the preservation score, the score (or an error). */
export type FitEvent =
  /** `coords`: row-major [n, 2] positions on PC1 and PC2. */
  | { type: 'fitted'; model: PcaModel; coords: Float64Array; ms: number }
  | { type: 'preservation-progress'; done: number; total: number }
  | { type: 'preservation'; result: PreservationResult }
  | { type: 'error'; message: string };

export interface QueryPlacement {
  at: [number, number];
  top: Int32Array;
  scores: Float64Array;
}

/** The PCA worker's API (src/workers RPC). */
export type PcaApi = {
  /**
   * Fits PCA on row-major [n, dims] vectors (sent once per worker), then measures neighbour
   * preservation; the map and the score's progress arrive as progress events.
   */
  fit: Method<
    { vectors: Float32Array; dims: number },
    PreservationResult,
    Extract<FitEvent, { type: 'fitted' | 'preservation-progress' }>
  >;
  /** The k nearest rows (cosine, full dimension) to row `index`. */
  neighbours: Method<{ index: number; k: number }, Int32Array>;
  /** Where a query vector lands on the map, and its k nearest rows (cosine, full dimension). */
  query: Method<{ vector: Float32Array; k: number }, QueryPlacement>;
};
