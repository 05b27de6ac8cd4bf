/**
 * The listings controller: plain TypeScript that owns the loaded dataset, the embedding job, the
 * vector cache's status and precomputed vectors. Everything it touches comes in as a dependency, so
 * Node tests drive it with fakes; React reads its state through the zustand mirror (store.ts).
 */
import type { ColumnChoice } from '../../data/columns';
import type { Outcome } from '../../data/datasetError';
import {
  listingsFor,
  requestName,
  type DatasetRequest,
  type LoadedDataset,
  type LoadStage,
} from '../../data/loadDataset';
import type { PrecomputedMatch } from '../../data/precomputed';
import { createEmbeddingJobs, messageOf, type JobDeps, type StateBox } from './embeddingJob';
import { precomputedProblem } from './precomputedCheck';
import { DEFAULT_ROWS_TO_EMBED, rowsToEmbed } from './selectors';
import type { ListingsState, PrecomputedVectors } from './types';

export type PrecomputedChoice = Extract<PrecomputedMatch, { kind: 'match' }>;

export interface ListingsDeps extends JobDeps {
  loadDataset: (
    request: DatasetRequest,
    options: {
      baseUrl: string;
      signal: AbortSignal;
      onProgress: (stage: LoadStage, fraction: number | undefined) => void;
    },
  ) => Promise<Outcome<LoadedDataset>>;
  /** Fetches the vectors a manifest entry points at, checked against the entry. */
  fetchPrecomputed: (choice: PrecomputedChoice) => Promise<PrecomputedVectors>;
  /** Relative dataset addresses are resolved against this (the page's base URL). */
  baseUrl: string;
  /** `?dataset=` and `?rows=`, parsed (src/config). */
  params: { datasetUrl?: string; rows?: number };
  /** Picks the precomputed rows to spot-check: different ones each time. */
  random: () => number;
}

/** `?rows=` up to this starts at once; more waits for a click (50,000 rows take many minutes). */
export const AUTO_START_MAX_ROWS = 2000;

export type ListingsController = ReturnType<typeof createListingsController>;

export const initialListingsState = (): ListingsState => ({
  load: { phase: 'idle' },
  rowsRequested: DEFAULT_ROWS_TO_EMBED,
  job: { phase: 'idle' },
  precomputedFetch: { phase: 'idle' },
  cache: {},
  query: '',
});

export function createListingsController(deps: ListingsDeps) {
  let state = initialListingsState();
  const listeners = new Set<(state: ListingsState) => void>();
  const box: StateBox = {
    get: () => state,
    set: (patch) => {
      state = { ...state, ...patch };
      listeners.forEach((listener) => listener(state));
    },
  };
  const jobs = createEmbeddingJobs(box, deps);
  let loadController: AbortController | undefined;
  let nextDatasetId = 1;
  let precomputedController: AbortController | undefined;
  let bootstrapped = false;
  let autoStartPending = false;
  let restoreTried = false;

  const internalError = (name: string, error: unknown) =>
    box.set({
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

  /** Loads a dataset; resolves to false when it failed (the old dataset stays). */
  async function loadDataset(request: DatasetRequest): Promise<boolean> {
    loadController?.abort();
    const controller = new AbortController();
    loadController = controller;
    const isCurrent = () => controller === loadController;
    const name = requestName(request, deps.baseUrl);
    box.set({ load: { phase: 'loading', name, stage: request.kind === 'file' ? 'read' : 'download' } });
    try {
      const result = await deps.loadDataset(request, {
        baseUrl: deps.baseUrl,
        signal: controller.signal,
        onProgress: (stage, fraction) => {
          if (isCurrent()) box.set({ load: { phase: 'loading', name, stage, fraction } });
        },
      });
      if (!isCurrent()) return false;
      loadController = undefined;
      if (!result.ok) {
        box.set({ load: { phase: 'idle' }, loadError: { name, error: result.error, request } });
        return false;
      }
      jobs.stop();
      const { table, ...loaded } = result.value;
      box.set({
        dataset: { id: nextDatasetId++, ...loaded, header: table.header },
        table,
        load: { phase: 'idle' },
        loadError: undefined,
        vectors: undefined,
        job: { phase: 'idle' },
        precomputedFetch: { phase: 'idle' },
      });
      return true;
    } catch (error) {
      if (!isCurrent() || controller.signal.aborted) return false;
      loadController = undefined;
      internalError(name, error);
      return false;
    }
  }

  /** Once per page: the `?dataset=` CSV (else the bundled one); `?rows=` embeds once a model is ready. */
  async function bootstrap(): Promise<void> {
    if (bootstrapped) return;
    bootstrapped = true;
    const { datasetUrl, rows } = deps.params;
    if (rows !== undefined) {
      setRowsRequested(rows);
      autoStartPending = true;
    }
    if (state.dataset) return;
    if (!datasetUrl) {
      await loadDataset({ kind: 'bundled' });
      return;
    }
    if (await loadDataset({ kind: 'url', url: datasetUrl })) return;
    // The shared link failed: keep saying why, but give the page the built-in data to work with.
    const failed = state.loadError;
    if (await loadDataset({ kind: 'bundled' })) box.set({ loadError: failed });
  }

  /**
   * Once both the dataset and the model are there: starts the `?rows=` job, or else takes the
   * vectors this browser already has for the dataset from the cache, so a reload shows them at
   * once. Only for the page's first dataset; later loads start empty.
   */
  function whenReady(): Promise<void> {
    if (!state.dataset || !deps.model()) return Promise.resolve();
    if (autoStartPending) {
      autoStartPending = false;
      restoreTried = true;
      const rows = rowsToEmbed(state);
      if (rows <= AUTO_START_MAX_ROWS) return jobs.start() ?? Promise.resolve();
      box.set({ autoStartHeld: rows });
    }
    if (restoreTried || state.vectors || state.job.phase !== 'idle') return Promise.resolve();
    restoreTried = true;
    return jobs.start('restore') ?? Promise.resolve();
  }

  function setColumns(columns: ColumnChoice): void {
    const { dataset, table } = state;
    if (!dataset || !table) return;
    const built = listingsFor(table, columns);
    if (!built.ok) return box.set({ loadError: { name: dataset.name, error: built.error } });
    jobs.stop();
    box.set({
      dataset: { ...dataset, id: nextDatasetId++, columns, ...built.value },
      loadError: undefined,
      vectors: undefined,
      job: { phase: 'idle' },
    });
  }

  function setRowsRequested(rows: number): void {
    jobs.stop();
    box.set({ rowsRequested: Math.max(1, Math.floor(rows)) });
  }

  /** Shows precomputed vectors as this dataset's embeddings; they are not written to the vector cache. */
  function applyPrecomputed({ file, modelId, dtype, ...precomputed }: PrecomputedVectors): void {
    const { dataset } = state;
    if (!dataset) return;
    jobs.stop();
    box.set({
      rowsRequested: precomputed.rowCount,
      job: { phase: 'idle' },
      precomputedFetch: { phase: 'idle' },
      vectors: {
        ...precomputed,
        provenance: { modelId, dtype, backend: 'node', datasetId: dataset.id, datasetName: dataset.name },
        embedded: new Uint8Array(precomputed.rowCount).fill(1),
        embeddedCount: precomputed.rowCount,
        precomputedFrom: file,
      },
    });
  }

  /**
   * Fetches the offered precomputed vectors, checks them (precomputedCheck.ts) and uses them,
   * unless the dataset changed meanwhile. Refused vectors are never shown; the page says why.
   */
  async function takePrecomputed(choice: PrecomputedChoice): Promise<void> {
    const { dataset } = state;
    if (!dataset) return;
    precomputedController?.abort();
    const controller = new AbortController();
    precomputedController = controller;
    box.set({ precomputedFetch: { phase: 'fetching' } });
    try {
      const vectors = await deps.fetchPrecomputed(choice);
      box.set({ precomputedFetch: { phase: 'checking' } });
      const texts = dataset.listings.slice(0, vectors.rowCount).map((listing) => listing.text);
      const problem = await precomputedProblem(vectors, texts, { ...deps, signal: controller.signal });
      if (problem) throw new Error(problem);
      if (controller === precomputedController && state.dataset?.id === dataset.id) applyPrecomputed(vectors);
    } catch (error) {
      if (controller === precomputedController)
        box.set({ precomputedFetch: { phase: 'failed', message: messageOf(error) } });
    }
  }

  return {
    getState: () => state,
    subscribe(listener: (state: ListingsState) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    bootstrap,
    whenReady,
    loadDataset,
    cancelLoad(): void {
      loadController?.abort();
      loadController = undefined;
      box.set({ load: { phase: 'idle' } });
    },
    dismissLoadError: () => box.set({ loadError: undefined }),
    setColumns,
    setRowsRequested,
    setQuery: (query: string) => box.set({ query }),
    /** Resolves when the job has ended (done, cancelled or failed: see `job`). */
    startEmbedding: (): Promise<void> => jobs.start() ?? Promise.resolve(),
    cancelEmbedding(): void {
      jobs.stop();
      jobs.refreshCacheStats();
    },
    applyPrecomputed,
    takePrecomputed,
    refreshCacheStats: jobs.refreshCacheStats,
    clearCache: jobs.clearCache,
  };
}
