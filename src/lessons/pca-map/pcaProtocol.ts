/** Messages between the PCA map page and its worker (pca.worker.ts). */
import type { PcaModel } from '../../math/pca';
import type { Method } from '../../workers/rpcProtocol';

export interface FittedPca {
  model: PcaModel;
  /** Row-major [n, 2] positions on PC1 and PC2. */
  coords: Float64Array;
  ms: number;
}

export interface QueryPlacement {
  at: [number, number];
  top: Int32Array;
  scores: Float64Array;
}

/** The PCA worker's API (src/workers RPC). */
export type PcaApi = {
  /** Fits PCA on row-major [n, dims] vectors (sent once per worker; kept for the look-ups below). */
  fit: Method<{ vectors: Float32Array; dims: number }, FittedPca>;
  /** The k nearest rows (cosine, full dimension) to row `index`. */
  neighbours: Method<{ index: number; k: number }, Int32Array>;
  /** Where a query vector lands on the map, and its k nearest rows (cosine, full dimension). */
  query: Method<{ vector: Float32Array; k: number }, QueryPlacement>;
};
