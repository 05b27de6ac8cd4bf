/** Messages between the PCA map page and its worker (pca.worker.ts). */
import type { PcaModel } from '../../math/pca';

/** Neighbours compared for the preservation score, and the fixed seed of its random sample. */
export const PRESERVATION_K = 10;
export const PRESERVATION_SAMPLE = 2000;
export const PRESERVATION_SEED = 20240601;

export type PcaRequest =
  /** Fit PCA on row-major [n, dims] vectors, then measure neighbour preservation. Sent once per worker. */
  | { type: 'fit'; vectors: Float32Array; dims: number }
  /** The k nearest rows (cosine, full dimension) to row `index`. */
  | { type: 'neighbours'; id: number; index: number; k: number }
  /** Where a query vector lands on the map, and its k nearest rows (cosine, full dimension). */
  | { type: 'query'; id: number; vector: Float32Array; k: number };

export interface PreservationResult {
  /** Mean share of each sampled point's full-dimension neighbours that are map neighbours too. */
  score: number;
  sampleSize: number;
  rows: number;
  k: number;
  ms: number;
}

export type PcaReply =
  /** `coords`: row-major [n, 2] positions on PC1 and PC2. */
  | { type: 'fitted'; model: PcaModel; coords: Float64Array; ms: number }
  | { type: 'preservation-progress'; done: number; total: number }
  | { type: 'preservation'; result: PreservationResult }
  | { type: 'neighbours'; id: number; index: number; neighbours: Int32Array }
  | { type: 'query'; id: number; at: [number, number]; top: Int32Array; scores: Float64Array }
  | { type: 'error'; id?: number; message: string };
