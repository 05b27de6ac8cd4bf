/**
 * The embedding half of the listings controller: one job at a time over the dataset's first rows,
 * cache first, vectors filled in place as batches arrive. Owns the job's AbortController.
 */
import { runEmbedJob, type EmbedJobDeps, type RowsUpdate } from '../../data/embedJob';
import type { VectorCache } from '../../data/vectorCache';
import type { ModelProvenance } from './provenance';
import { rowsToEmbed } from './selectors';
import type { EmbedJobStatus, JobCounts, ListingsState, ListingVectors } from './types';
import { isAbortError } from '../../workers/abort';

/** The model the page runs now, as the controller needs it. */
export interface RunningModel extends ModelProvenance {
  dims: number;
}

export interface JobDeps {
  hash: (text: string) => Promise<string>;
  embed: EmbedJobDeps['embed'];
  /** undefined when the browser offers no storage: everything is embedded. */
  cache: VectorCache | undefined;
  /** undefined until a model is ready. */
  model: () => RunningModel | undefined;
  /** Texts per worker request: a cancel or a search query waits for at most one request. */
  batchSize: number;
  now: () => number;
}

export interface StateBox {
  get(): ListingsState;
  set(patch: Partial<ListingsState>): void;
}

export const counts = (job: EmbedJobStatus): JobCounts =>
  job.phase === 'idle'
    ? { total: 0, fromCache: 0, embedded: 0 }
    : { total: job.total, fromCache: job.fromCache, embedded: job.embedded };

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const NO_STORAGE = 'This browser offers no IndexedDB storage, so vectors are not kept between visits';

export function createEmbeddingJobs(box: StateBox, deps: JobDeps) {
  let current: AbortController | undefined;
  let restoring = false;

  /** Stops the running job; its partial vectors stay usable. A stopped restore leaves nothing. */
  const stop = () => {
    if (!current) return;
    current.abort();
    current = undefined;
    const { job } = box.get();
    if (job.phase !== 'running') return;
    box.set(
      restoring
        ? { job: { phase: 'idle' }, vectors: undefined }
        : { job: { ...counts(job), phase: 'cancelled' } },
    );
  };

  const applyRows = (controller: AbortController, update: RowsUpdate) => {
    const { vectors, job } = box.get();
    if (controller !== current || !vectors || job.phase !== 'running') return;
    // In place: a copy of the whole array per batch stalls the page on big datasets.
    update.positions.forEach((position, r) => {
      vectors.vectors.set(
        update.vectors.subarray(r * vectors.dims, (r + 1) * vectors.dims),
        position * vectors.dims,
      );
      vectors.embedded[position] = 1;
    });
    const added = update.positions.length;
    box.set({
      vectors: { ...vectors, embeddedCount: vectors.embeddedCount + added },
      job: {
        ...job,
        fromCache: job.fromCache + (update.from === 'cache' ? added : 0),
        embedded: job.embedded + (update.from === 'model' ? added : 0),
        updatedAt: deps.now(),
      },
    });
  };

  const refreshCacheStats = () => {
    if (!deps.cache) return box.set({ cache: { error: NO_STORAGE } });
    deps.cache
      .stats()
      .then((stats) => box.set({ cache: { ...box.get().cache, stats } }))
      .catch((error: unknown) => box.set({ cache: { error: messageOf(error) } }));
  };

  /** Embeds the first rows; `restore`: only takes what the cache has (when the page opens). */
  const start = (mode: 'embed' | 'restore' = 'embed') => {
    const state = box.get();
    const model = deps.model();
    if (!state.dataset || !model) return;
    stop();
    const controller = new AbortController();
    current = controller;
    restoring = mode === 'restore';
    const total = rowsToEmbed(state);
    const startedAt = deps.now();
    const { dims, ...made } = model;
    const vectors: ListingVectors = {
      provenance: { ...made, datasetId: state.dataset.id, datasetName: state.dataset.name },
      dims,
      rowCount: total,
      vectors: new Float32Array(total * dims),
      embedded: new Uint8Array(total),
      embeddedCount: 0,
    };
    box.set({
      vectors,
      autoStartHeld: undefined,
      job: { phase: 'running', total, fromCache: 0, embedded: 0, updatedAt: startedAt },
    });
    const isCurrent = () => controller === current;
    return runEmbedJob(
      {
        texts: state.dataset.listings.slice(0, total).map((listing) => listing.text),
        modelId: model.modelId,
        dtype: model.dtype,
        dims,
        chunkSize: deps.batchSize,
        signal: controller.signal,
        onRows: (update) => applyRows(controller, update),
        cacheOnly: mode === 'restore',
        onPlan: ({ damaged }) => {
          const { job, cache } = box.get();
          if (isCurrent() && job.phase === 'running')
            box.set({ job: { ...job, modelStartedAt: deps.now() }, cache: { ...cache, damaged } });
        },
        onCacheError: (error) => box.set({ cache: { ...box.get().cache, error: messageOf(error) } }),
      },
      { hash: deps.hash, cache: deps.cache, embed: deps.embed },
    )
      .then(() => {
        if (!isCurrent()) return;
        current = undefined;
        const job = counts(box.get().job);
        if (mode === 'embed')
          box.set({ job: { ...job, phase: 'done', seconds: (deps.now() - startedAt) / 1000 } });
        else if (job.fromCache > 0) box.set({ job: { ...job, phase: 'restored' } });
        else box.set({ job: { phase: 'idle' }, vectors: undefined });
      })
      .catch((error: unknown) => {
        if (!isCurrent()) return; // cancelled or replaced: its state was set by whoever stopped it
        current = undefined;
        const job = counts(box.get().job);
        box.set({
          job:
            controller.signal.aborted || isAbortError(error)
              ? { ...job, phase: 'cancelled' }
              : { ...job, phase: 'failed', message: messageOf(error) },
        });
      })
      .finally(refreshCacheStats);
  };

  const clearCache = async () => {
    if (!deps.cache) return box.set({ cache: { error: NO_STORAGE } });
    try {
      await deps.cache.clear();
      box.set({ cache: { stats: { vectors: 0, bytes: 0 } } });
    } catch (error) {
      box.set({ cache: { error: messageOf(error) } });
    }
  };

  return { start, stop, refreshCacheStats, clearCache };
}
