/** The listings module's state: what the controller holds and the zustand store mirrors. */
import type { ColumnChoice } from '../../data/columns';
import type { CsvTable } from '../../data/csvTable';
import type { DatasetError } from '../../data/datasetError';
import type { DatasetSource } from '../../data/datasetSources';
import type { Listing, SkippedRows } from '../../data/listings';
import type { DatasetRequest, LoadStage } from '../../data/loadDataset';
import type { CacheStats } from '../../data/vectorCache';
import type { Dtype } from '../../embedding/protocol';
import type { VectorProvenance } from './provenance';

export type { Listing } from '../../data/listings';

export interface Dataset {
  /** Grows with every successful load, so consumers can tell datasets apart. */
  id: number;
  name: string;
  source: DatasetSource;
  listings: Listing[];
  skipped: SkippedRows;
  header: string[];
  columns: ColumnChoice;
}

/**
 * Vectors for the dataset's first `rowCount` listings: row-major [rowCount, dims], unit length,
 * zeros where `embedded[i] === 0`. The engine embeds in length-sorted batches, so while a job runs
 * the embedded rows are not a prefix. The arrays are filled in place; every update makes a new
 * `ListingVectors` object, so selectors still see each change.
 */
export interface ListingVectors {
  provenance: VectorProvenance;
  dims: number;
  rowCount: number;
  vectors: Float32Array;
  embedded: Uint8Array;
  embeddedCount: number;
  /** Set when the vectors came from a precomputed file (`npm run precompute`), not this browser. */
  precomputedFrom?: string;
}

/** Vectors for the dataset's first `rowCount` listings, computed ahead of time and checked to match. */
export interface PrecomputedVectors {
  modelId: string;
  dtype: Dtype;
  dims: number;
  rowCount: number;
  vectors: Float32Array;
  file: string;
}

export interface JobCounts {
  /** Rows this job covers. */
  total: number;
  /** Rows whose vector came from the cache. */
  fromCache: number;
  /** Rows whose vector the model computed in this job. */
  embedded: number;
}

export type EmbedJobStatus =
  | { phase: 'idle' }
  | (JobCounts & {
      phase: 'running';
      /** When the model started (after the cache look-up). */ modelStartedAt?: number;
      updatedAt: number;
    })
  | (JobCounts & { phase: 'done'; seconds: number })
  /** Taken from this browser's cache when the page opened; nothing was embedded. */
  | (JobCounts & { phase: 'restored' })
  | (JobCounts & { phase: 'cancelled' })
  | (JobCounts & { phase: 'failed'; message: string });

export type LoadStatus =
  { phase: 'idle' } | { phase: 'loading'; name: string; stage: LoadStage; fraction?: number };

export type PrecomputedFetch =
  | { phase: 'idle' }
  | { phase: 'fetching' }
  /** Comparing a few random rows with the running model. */
  | { phase: 'checking' }
  | { phase: 'failed'; message: string };

export interface ListingsState {
  dataset?: Dataset;
  /** The parsed CSV behind `dataset`, kept so another column can be picked without reloading. */
  table?: CsvTable;
  load: LoadStatus;
  /** The last failed load; the dataset above is untouched by it. `request` is what Retry loads again. */
  loadError?: { name: string; error: DatasetError; request?: DatasetRequest };
  /** How many listings to embed, as asked; the page uses min(this, listings.length). */
  rowsRequested: number;
  job: EmbedJobStatus;
  vectors?: ListingVectors;
  precomputedFetch: PrecomputedFetch;
  /**
   * `damaged`: stored vectors the last job found broken (wrong length, NaN, not unit length) and
   * embedded again.
   */
  cache: { stats?: CacheStats; error?: string; damaged?: number };
  /** `?rows=` asked for more rows than start without a click: the page waits for Embed. */
  autoStartHeld?: number;
  /** The search query, shared by the search page and the PCA map. */
  query: string;
}
