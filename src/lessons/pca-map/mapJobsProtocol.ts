/**
 * Messages between the map page and mapJobs.worker.ts: the heavy map computations (UMAP, neighbour
 * lists, recall, the recall curve, k-means), one job per worker. Vectors may be raw embeddings: the
 * worker works on unit-length copies.
 */
import type { ClusterCountChoice } from '../../math/clusterCount';
import type { KMeansResult } from '../../math/kmeans';
import type { Neighbours } from '../../math/nearest';
import type { RecallCurve } from '../../math/recallCurve';
import type { UmapOptions, UmapResult } from '../../math/umap';
import type { Method } from '../../workers/rpcProtocol';

/** Row-major [n, dims] vectors. */
interface Vectors {
  vectors: Float32Array;
  dims: number;
}

export type MapJob =
  /** UMAP to 2-D (PCA to 50 dimensions first above 5,000 rows). */
  | ({ kind: 'umap'; options: UmapOptions } & Vectors)
  /** Every row's k nearest other rows in the full space, by cosine similarity. */
  | ({ kind: 'neighbours'; k: number } & Vectors)
  /** Recall@k of every point of a map, given the full-space lists of a 'neighbours' job. */
  | { kind: 'recall'; coords: Float64Array; fullNeighbours: Neighbours }
  /** Mean recall@k against PCA components kept, 2..maxComponents, given the full-space lists. */
  | ({ kind: 'recall-curve'; fullNeighbours: Neighbours; maxComponents: number } & Vectors)
  /** k-means with k-means++ seeding, best of `restarts`. */
  | ({ kind: 'kmeans'; k: number; seed: number; restarts?: number } & Vectors)
  /** k-means for each k in `ks`, with inertia and silhouette, and a suggested k. */
  | ({ kind: 'cluster-counts'; ks: number[]; seed: number; restarts?: number } & Vectors);

export type MapJobKind = MapJob['kind'];

export interface MapRecall {
  /** Recall@k of each point, 0–1. */
  perPoint: Float64Array;
  mean: number;
  k: number;
  /** Row-major [n, k]: each point's nearest neighbours on the map. */
  mapNeighbours: Int32Array;
}

export interface MapJobResults {
  umap: UmapResult;
  neighbours: Neighbours;
  recall: MapRecall;
  'recall-curve': RecallCurve;
  kmeans: KMeansResult;
  'cluster-counts': ClusterCountChoice;
}

export interface MapJobProgress {
  /** What the job is doing now, e.g. 'neighbours' or 'layout' for UMAP. */
  phase: string;
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated time left; null until there is a rate to go by. */
  etaMs: number | null;
}

/** The worker's API in the one RPC format of src/workers: one method, run a job. */
export type MapJobsApi = {
  run: Method<MapJob, MapJobResults[MapJobKind], MapJobProgress>;
};
