/**
 * The job-listings dataset and its embeddings, shared by the search page and the PCA map.
 *
 * Read with `useListingsStore(s => s.dataset)` and `useListingsStore(s => s.vectors)`:
 * - `dataset.listings[i]` is `{ index, title, text }` in CSV order (rows with empty text left out);
 * - `vectors.vectors` is a row-major Float32Array [vectors.rowCount, vectors.dims] for the first
 *   `rowCount` listings, unit length, zeros where `vectors.embedded[i] === 0`. The engine embeds in
 *   length-sorted batches, so while a job runs the embedded rows are not a prefix; once
 *   `embeddedCount === rowCount` every row is there.
 * - `applyPrecomputed` fills `vectors` at once from a file made by `npm run precompute`
 *   (`vectors.precomputedFrom` names it); those vectors are not written to the browser's cache.
 * Every update replaces the object (never mutates it), so React selectors see each change.
 */
import { create } from 'zustand';
import { DEFAULT_BATCH_SIZE, EmbeddingError, embeddingClient } from '../embedding/client';
import type { Dtype } from '../embedding/protocol';
import type { ColumnChoice } from '../data/columns';
import type { CsvTable } from '../data/csvTable';
import type { DatasetError } from '../data/datasetError';
import type { DatasetSource } from '../data/datasetSources';
import { JobCancelledError, runEmbedJob, type RowsUpdate } from '../data/embedJob';
import type { Listing, SkippedRows } from '../data/listings';
import {
  listingsFor,
  loadDataset,
  requestName,
  type DatasetRequest,
  type LoadStage,
} from '../data/loadDataset';
import { LoadCancelledError } from '../data/parseCsvInWorker';
import { sha256Hex } from '../data/textHash';
import { vectorCache, type CacheStats } from '../data/vectorCache';
import { gatherRows } from '../math/nearest';
import { useEngineStore } from './engineStore';

export type { Listing } from '../data/listings';

/** As many listings as the workshop notebook embedded (N_JOBS = 500). */
export const DEFAULT_ROWS_TO_EMBED = 500;

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

export interface ListingVectors {
  datasetId: number;
  modelId: string;
  dtype: Dtype;
  dims: number;
  /** The first `rowCount` listings are (being) embedded. */
  rowCount: number;
  vectors: Float32Array;
  embedded: Uint8Array;
  embeddedCount: number;
  /** Set when the vectors came from a precomputed file (`npm run precompute`), not this browser. */
  precomputedFrom?: string;
}

/** Vectors for the dataset's first `rowCount` listings, computed ahead of time and checked to match. */
export type PrecomputedVectors = Pick<
  ListingVectors,
  'modelId' | 'dtype' | 'dims' | 'rowCount' | 'vectors'
> & { file: string };

interface JobCounts {
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
  | (JobCounts & { phase: 'cancelled' })
  | (JobCounts & { phase: 'failed'; message: string });

export type LoadStatus =
  { phase: 'idle' } | { phase: 'loading'; name: string; stage: LoadStage; fraction?: number };

interface ListingsState {
  dataset?: Dataset;
  /** The parsed CSV behind `dataset`, kept so another column can be picked without reloading. */
  table?: CsvTable;
  load: LoadStatus;
  /** The last failed load; the dataset above is untouched by it. */
  loadError?: { name: string; error: DatasetError };
  /** How many listings to embed, as asked; the page uses min(this, listings.length). */
  rowsRequested: number;
  job: EmbedJobStatus;
  vectors?: ListingVectors;
  cache: { stats?: CacheStats; error?: string };
  /** The search query, shared by the search page and the PCA map. */
  query: string;

  setQuery: (query: string) => void;
  /** Loads a dataset; resolves to false when it failed (the old dataset stays). */
  loadDataset: (request: DatasetRequest) => Promise<boolean>;
  cancelLoad: () => void;
  dismissLoadError: () => void;
  setColumns: (columns: ColumnChoice) => void;
  setRowsRequested: (rows: number) => void;
  startEmbedding: () => void;
  /** Shows precomputed vectors as this dataset's embeddings; they are not written to the vector cache. */
  applyPrecomputed: (precomputed: PrecomputedVectors) => void;
  cancelEmbedding: () => void;
  refreshCacheStats: () => void;
  clearCache: () => Promise<void>;
}

export function rowsToEmbed(state: Pick<ListingsState, 'dataset' | 'rowsRequested'>): number {
  return Math.min(state.rowsRequested, state.dataset?.listings.length ?? 0);
}

/** How many of the loaded dataset's rows have precomputed vectors in use (0: none, or this browser's own). */
export function precomputedRowsInUse(state: Pick<ListingsState, 'dataset' | 'vectors'>): number {
  const { vectors, dataset } = state;
  return vectors?.precomputedFrom && vectors.datasetId === dataset?.id ? vectors.rowCount : 0;
}

/** Positions of the listings that have a vector, in listing order (a cancelled job leaves gaps). */
export function embeddedPositions(vectors: ListingVectors): number[] {
  const positions: number[] = [];
  vectors.embedded.forEach((flag, i) => flag && positions.push(i));
  return positions;
}

/** Those listings' vectors, row-major [positions.length, dims]: the store's own array when there are no gaps. */
export function embeddedVectors(vectors: ListingVectors, positions: readonly number[]): Float32Array {
  return positions.length === vectors.rowCount
    ? vectors.vectors
    : gatherRows(vectors.vectors, vectors.dims, positions);
}

let loadController: AbortController | undefined;
let jobController: AbortController | undefined;
let nextDatasetId = 1;

const counts = (job: EmbedJobStatus): JobCounts =>
  job.phase === 'idle'
    ? { total: 0, fromCache: 0, embedded: 0 }
    : { total: job.total, fromCache: job.fromCache, embedded: job.embedded };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const useListingsStore = create<ListingsState>((set, get) => {
  /** Stops the running job; its partial vectors stay usable. */
  const stopJob = () => {
    if (!jobController) return;
    jobController.abort();
    jobController = undefined;
    const { job } = get();
    if (job.phase === 'running') set({ job: { ...counts(job), phase: 'cancelled' } });
  };

  const applyRows = (controller: AbortController, update: RowsUpdate) => {
    const { vectors, job } = get();
    if (controller !== jobController || !vectors || job.phase !== 'running') return;
    const next = vectors.vectors.slice();
    const embedded = vectors.embedded.slice();
    update.positions.forEach((position, r) => {
      next.set(update.vectors.subarray(r * vectors.dims, (r + 1) * vectors.dims), position * vectors.dims);
      embedded[position] = 1;
    });
    const added = update.positions.length;
    set({
      vectors: { ...vectors, vectors: next, embedded, embeddedCount: vectors.embeddedCount + added },
      job: {
        ...job,
        fromCache: job.fromCache + (update.from === 'cache' ? added : 0),
        embedded: job.embedded + (update.from === 'model' ? added : 0),
        updatedAt: performance.now(),
      },
    });
  };

  return {
    load: { phase: 'idle' },
    rowsRequested: DEFAULT_ROWS_TO_EMBED,
    job: { phase: 'idle' },
    cache: {},
    query: '',

    setQuery: (query) => set({ query }),
    loadDataset: async (request) => {
      loadController?.abort();
      const controller = new AbortController();
      loadController = controller;
      const baseUrl = document.baseURI;
      const name = requestName(request, baseUrl);
      set({ load: { phase: 'loading', name, stage: request.kind === 'file' ? 'read' : 'download' } });
      try {
        const result = await loadDataset(request, {
          baseUrl,
          signal: controller.signal,
          onProgress: (stage, fraction) => {
            if (controller === loadController) set({ load: { phase: 'loading', name, stage, fraction } });
          },
        });
        if (controller !== loadController) return false;
        loadController = undefined;
        if (!result.ok) {
          set({ load: { phase: 'idle' }, loadError: { name, error: result.error } });
          return false;
        }
        stopJob();
        const { table, ...loaded } = result.value;
        set({
          dataset: { id: nextDatasetId++, ...loaded, header: table.header },
          table,
          load: { phase: 'idle' },
          loadError: undefined,
          vectors: undefined,
          job: { phase: 'idle' },
        });
        return true;
      } catch (error) {
        if (error instanceof LoadCancelledError) return false;
        if (controller === loadController) {
          loadController = undefined;
          set({
            load: { phase: 'idle' },
            loadError: {
              name,
              error: {
                kind: 'internal',
                problem: `Loading failed unexpectedly: ${messageOf(error)}`,
                advice: 'Try again, or try another file.',
              },
            },
          });
        }
        return false;
      }
    },

    cancelLoad: () => {
      loadController?.abort();
      loadController = undefined;
      set({ load: { phase: 'idle' } });
    },

    dismissLoadError: () => set({ loadError: undefined }),

    setColumns: (columns) => {
      const { dataset, table } = get();
      if (!dataset || !table) return;
      const built = listingsFor(table, columns);
      if (!built.ok) {
        set({ loadError: { name: dataset.name, error: built.error } });
        return;
      }
      stopJob();
      set({
        dataset: { ...dataset, id: nextDatasetId++, columns, ...built.value },
        loadError: undefined,
        vectors: undefined,
        job: { phase: 'idle' },
      });
    },

    setRowsRequested: (rows) => {
      stopJob();
      set({ rowsRequested: Math.max(1, Math.floor(rows)) });
    },

    startEmbedding: () => {
      const state = get();
      const { status } = useEngineStore.getState();
      if (!state.dataset || status.phase !== 'ready') return;
      stopJob();
      const controller = new AbortController();
      jobController = controller;
      const { info } = status;
      const total = rowsToEmbed(state);
      const startedAt = performance.now();
      set({
        vectors: {
          datasetId: state.dataset.id,
          modelId: info.modelId,
          dtype: info.dtype,
          dims: info.dims,
          rowCount: total,
          vectors: new Float32Array(total * info.dims),
          embedded: new Uint8Array(total),
          embeddedCount: 0,
        },
        job: { phase: 'running', total, fromCache: 0, embedded: 0, updatedAt: startedAt },
      });
      const isCurrent = () => controller === jobController;
      runEmbedJob(
        {
          texts: state.dataset.listings.slice(0, total).map((listing) => listing.text),
          modelId: info.modelId,
          dtype: info.dtype,
          dims: info.dims,
          // One batch per request: a cancel or a search query waits for one batch at most.
          chunkSize: DEFAULT_BATCH_SIZE,
          signal: controller.signal,
          onRows: (update) => applyRows(controller, update),
          onPlan: () => {
            const { job } = get();
            if (isCurrent() && job.phase === 'running')
              set({ job: { ...job, modelStartedAt: performance.now() } });
          },
          onCacheError: (error) => set({ cache: { ...get().cache, error: messageOf(error) } }),
        },
        {
          hash: sha256Hex,
          cache: typeof indexedDB === 'undefined' ? undefined : vectorCache,
          embed: (texts, options) => embeddingClient.embedTexts(texts, options),
        },
      )
        .then(() => {
          if (!isCurrent()) return;
          jobController = undefined;
          set({
            job: { ...counts(get().job), phase: 'done', seconds: (performance.now() - startedAt) / 1000 },
          });
        })
        .catch((error: unknown) => {
          if (!isCurrent()) return; // cancelled or replaced: its state was set by whoever stopped it
          jobController = undefined;
          const cancelled =
            error instanceof JobCancelledError ||
            (error instanceof EmbeddingError && error.detail.kind === 'cancelled');
          set({
            job: cancelled
              ? { ...counts(get().job), phase: 'cancelled' }
              : { ...counts(get().job), phase: 'failed', message: messageOf(error) },
          });
        })
        .finally(() => get().refreshCacheStats());
    },

    applyPrecomputed: ({ file, ...precomputed }) => {
      const { dataset } = get();
      if (!dataset) return;
      stopJob();
      set({
        rowsRequested: precomputed.rowCount,
        job: { phase: 'idle' },
        vectors: {
          ...precomputed,
          datasetId: dataset.id,
          embedded: new Uint8Array(precomputed.rowCount).fill(1),
          embeddedCount: precomputed.rowCount,
          precomputedFrom: file,
        },
      });
    },

    cancelEmbedding: () => {
      stopJob();
      get().refreshCacheStats();
    },

    refreshCacheStats: () => {
      if (typeof indexedDB === 'undefined') {
        set({
          cache: {
            error: 'This browser offers no IndexedDB storage, so vectors are not kept between visits.',
          },
        });
        return;
      }
      vectorCache
        .stats()
        .then((stats) => set({ cache: { ...get().cache, stats } }))
        .catch((error: unknown) => set({ cache: { error: messageOf(error) } }));
    },

    clearCache: async () => {
      try {
        await vectorCache.clear();
        set({ cache: { stats: { vectors: 0, bytes: 0 } } });
      } catch (error) {
        set({ cache: { error: messageOf(error) } });
      }
    },
  };
});
