/**
 * One embedding job over a list of texts: vectors already in the cache are used as they are, each
 * distinct remaining text is embedded once (in the worker, in length-sorted batches), and every
 * new vector is written to the cache as its batch arrives (the job ends when all writes have).
 *
 * The texts go to the worker in short requests (`chunkSize` texts, shortest first). The worker
 * runs one request's batches back to back without reading its messages in between, so one big
 * request would hold up a search query and a cancel until the very end; between short requests
 * the worker answers whatever arrived meanwhile, and a cancelled job sends no more.
 */
import { vectorProblem } from '../math/vectorCheck';
import { abortError } from '../workers/abort';
import { cacheKey, type VectorCache } from './vectorCache';

export interface EmbedJobDeps {
  hash: (text: string) => Promise<string>;
  /** undefined when the browser offers no storage: everything is embedded. */
  cache?: Pick<VectorCache, 'getMany' | 'putMany'>;
  /** embeddingClient.embedTexts; `indices` of a batch are positions in `texts`. */
  embed: (
    texts: string[],
    options: {
      signal: AbortSignal;
      onBatch: (indices: Int32Array, vectors: Float32Array, dims: number) => void;
    },
  ) => Promise<unknown>;
}

export interface RowsUpdate {
  /** Positions in the job's `texts`. */
  positions: number[];
  /** Row-major [positions.length, dims]. */
  vectors: Float32Array;
  from: 'cache' | 'model';
}

export interface EmbedJobOptions {
  texts: readonly string[];
  modelId: string;
  dtype: string;
  dims: number;
  /** Texts per worker request: a search query or a cancel waits for at most this many. */
  chunkSize: number;
  signal: AbortSignal;
  onRows: (update: RowsUpdate) => void;
  /**
   * Called once the cache has been checked, just before the model starts. `damaged`: stored
   * vectors that failed the check (wrong length, NaN, not unit length) and are embedded again.
   */
  onPlan?: (plan: { fromCache: number; toEmbed: number; damaged: number }) => void;
  /** Only take what the cache has; embed nothing (restoring a dataset's vectors on page load). */
  cacheOnly?: boolean;
  onCacheError?: (error: unknown) => void;
}

/** Cached rows handed over per task: one big copy of 50,000 rows would block the page. */
const CACHE_ROWS_PER_TASK = 1024;

/** Texts hashed and looked up in the cache per task: all 50,000 in one go is a 2-second task. */
const PLAN_ROWS_PER_TASK = 500;

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs `step` on consecutive slices of `size` items, one task each, until the job is cancelled. */
async function forEachSlice<T>(
  items: readonly T[],
  size: number,
  signal: AbortSignal,
  step: (slice: readonly T[]) => void | Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    if (start > 0) await nextTask();
    if (signal.aborted) throw abortError();
    await step(items.slice(start, start + size));
  }
}

/** `lookUp` of every item, a slice per task, in order. */
async function inSlices<T, R>(
  items: readonly T[],
  signal: AbortSignal,
  lookUp: (slice: readonly T[]) => Promise<readonly R[]>,
): Promise<R[]> {
  const out: R[] = [];
  await forEachSlice(items, PLAN_ROWS_PER_TASK, signal, async (slice) => {
    for (const result of await lookUp(slice)) out.push(result);
  });
  if (signal.aborted) throw abortError();
  return out;
}

/** Groups positions by key, keeping first-seen order. */
function groupByKey(keys: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, position) => {
    const group = groups.get(key);
    if (group) group.push(position);
    else groups.set(key, [position]);
  });
  return groups;
}

/** Copies each vector to every position that shares its text. */
function spread(groups: readonly number[][], vectors: Float32Array, dims: number): RowsUpdate['vectors'] {
  const out = new Float32Array(groups.reduce((sum, g) => sum + g.length, 0) * dims);
  let row = 0;
  groups.forEach((group, k) => {
    for (let copy = 0; copy < group.length; copy++, row++)
      out.set(vectors.subarray(k * dims, (k + 1) * dims), row * dims);
  });
  return out;
}

export async function runEmbedJob(
  options: EmbedJobOptions,
  deps: EmbedJobDeps,
): Promise<{ fromCache: number; embedded: number }> {
  const { texts, dims, signal, onRows } = options;
  const hashes = await inSlices(texts, signal, (slice) => Promise.all(slice.map(deps.hash)));
  const groups = groupByKey(hashes.map((hash) => cacheKey(options.modelId, options.dtype, hash)));
  const keys = [...groups.keys()];

  const { cache } = deps;
  const cached = cache
    ? await inSlices(keys, signal, (slice) => cache.getMany(slice)).catch((error: unknown) => {
        if (signal.aborted) throw abortError();
        options.onCacheError?.(error);
        return [];
      })
    : [];
  // What storage gives back is checked like any input: damaged rows count as missing.
  const hits = keys.flatMap((_, k) => (vectorProblem(cached[k], dims) === undefined ? [k] : []));
  const damaged = cached.filter((vector) => vector !== undefined).length - hits.length;
  await forEachSlice(hits, CACHE_ROWS_PER_TASK, signal, (chunk) => {
    const hitGroups = chunk.map((k) => groups.get(keys[k])!);
    const vectors = new Float32Array(chunk.length * dims);
    chunk.forEach((k, i) => vectors.set(cached[k]!, i * dims));
    onRows({ positions: hitGroups.flat(), vectors: spread(hitGroups, vectors, dims), from: 'cache' });
  });
  const fromCache = hits.reduce((sum, k) => sum + groups.get(keys[k])!.length, 0);

  const hitSet = new Set(hits);
  const missing = keys.flatMap((_, k) => (hitSet.has(k) ? [] : [k]));
  options.onPlan?.({ fromCache, toEmbed: texts.length - fromCache, damaged });
  if (missing.length === 0 || options.cacheOnly) return { fromCache, embedded: 0 };

  // Shortest first (characters approximate word pieces), so each request holds similar lengths.
  const order = missing
    .map((k) => ({ k, text: texts[groups.get(keys[k])![0]] }))
    .sort((a, b) => a.text.length - b.text.length);
  const writes: Promise<void>[] = [];
  for (let start = 0; start < order.length; start += options.chunkSize) {
    if (signal.aborted) throw abortError();
    const chunk = order.slice(start, start + options.chunkSize);
    await deps.embed(
      chunk.map((item) => item.text),
      {
        signal,
        onBatch: (indices, vectors) => {
          if (signal.aborted) return;
          const batchKeys = Array.from(indices, (i) => keys[chunk[i].k]);
          const batchGroups = batchKeys.map((key) => groups.get(key)!);
          onRows({
            positions: batchGroups.flat(),
            vectors: spread(batchGroups, vectors, dims),
            from: 'model',
          });
          const entries = batchKeys.map(
            (key, row) => [key, vectors.slice(row * dims, (row + 1) * dims)] as const,
          );
          if (deps.cache)
            writes.push(deps.cache.putMany(entries).catch((error: unknown) => options.onCacheError?.(error)));
        },
      },
    );
  }
  // Finish only once every vector is stored, so a reload right after "done" finds them all.
  await Promise.all(writes);
  return { fromCache, embedded: texts.length - fromCache };
}
