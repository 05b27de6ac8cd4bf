import { describe, expect, it } from 'vitest';
import { isAbortError } from '../workers/abort';
import { runEmbedJob, type EmbedJobDeps, type RowsUpdate } from './embedJob';
import { cacheKey } from './vectorCache';

const DIMS = 2;
/** A fake model: a text's vector is [its length, its first char code], scaled to length 1. */
const vectorOf = (text: string) => {
  const length = Math.hypot(text.length, text.charCodeAt(0));
  return Array.from(Float32Array.from([text.length / length, text.charCodeAt(0) / length]));
};
const hash = async (text: string) => `h:${text}`;

function fakeDeps(stored: Record<string, number[]> = {}) {
  const cache = new Map<string, Float32Array>(
    Object.entries(stored).map(([text, v]) => [cacheKey('m', 'q8', `h:${text}`), Float32Array.from(v)]),
  );
  const embedCalls: string[][] = [];
  const deps: EmbedJobDeps = {
    hash,
    cache: {
      getMany: async (keys) => keys.map((key) => cache.get(key)),
      putMany: async (entries) => {
        await new Promise((resolve) => setTimeout(resolve, 5)); // storage is slower than the model here
        entries.forEach(([key, v]) => cache.set(key, v));
      },
    },
    embed: async (texts, { signal, onBatch }) => {
      embedCalls.push(texts);
      // Batches of two, in reverse order, like a length-sorted engine might send them.
      for (let start = texts.length - (texts.length % 2 || 2); start >= 0; start -= 2) {
        if (signal.aborted) throw new Error('cancelled');
        const indices = Int32Array.from(texts.slice(start, start + 2).map((_, j) => start + j));
        onBatch(indices, Float32Array.from([...indices].flatMap((i) => vectorOf(texts[i]))), DIMS);
      }
    },
  };
  return { deps, cache, embedCalls };
}

function collect(texts: string[], updates: RowsUpdate[]): (number[] | undefined)[] {
  const rows: (number[] | undefined)[] = texts.map(() => undefined);
  for (const u of updates)
    u.positions.forEach((p, r) => (rows[p] = Array.from(u.vectors.subarray(r * DIMS, (r + 1) * DIMS))));
  return rows;
}

const options = (texts: string[], updates: RowsUpdate[], signal = new AbortController().signal) => ({
  texts,
  modelId: 'm',
  dtype: 'q8',
  dims: DIMS,
  chunkSize: 3,
  signal,
  onRows: (u: RowsUpdate) => updates.push(u),
});

describe('runEmbedJob', () => {
  it('embeds every text once, shortest first in short requests, puts each vector at its positions and caches it', async () => {
    const { deps, cache, embedCalls } = fakeDeps();
    const texts = ['nurse', 'chef', 'nurse', 'data scientist', 'pilot'];
    const updates: RowsUpdate[] = [];
    const counts = await runEmbedJob(options(texts, updates), deps);
    expect(embedCalls).toEqual([['chef', 'nurse', 'pilot'], ['data scientist']]);
    expect(collect(texts, updates)).toEqual(texts.map(vectorOf));
    expect(counts).toEqual({ fromCache: 0, embedded: 5 });
    expect(updates.every((u) => u.from === 'model')).toBe(true);
    expect(cache.size).toBe(4); // written before the job resolves
  });

  it('serves cached texts without asking the model, and embeds only the rest', async () => {
    const { deps, embedCalls } = fakeDeps({ chef: [0, 1], nurse: [1, 0] });
    const texts = ['nurse', 'chef', 'pilot', 'nurse'];
    const updates: RowsUpdate[] = [];
    const plans: unknown[] = [];
    const counts = await runEmbedJob({ ...options(texts, updates), onPlan: (p) => plans.push(p) }, deps);
    expect(embedCalls).toEqual([['pilot']]);
    expect(collect(texts, updates)).toEqual([[1, 0], [0, 1], vectorOf('pilot'), [1, 0]]);
    expect(updates[0]).toMatchObject({ from: 'cache', positions: [0, 3, 1] });
    expect(plans).toEqual([{ fromCache: 3, toEmbed: 1, damaged: 0 }]);
    expect(counts).toEqual({ fromCache: 3, embedded: 1 });
  });

  it('calls the model not at all when everything is cached', async () => {
    const { deps, embedCalls } = fakeDeps({ a: [1, 0], b: [0.6, 0.8] });
    expect(await runEmbedJob(options(['a', 'b'], []), deps)).toEqual({ fromCache: 2, embedded: 0 });
    expect(embedCalls).toEqual([]);
  });

  it('drops damaged cached vectors (other size, NaN, not unit length) and embeds those texts again', async () => {
    const { deps, embedCalls, cache } = fakeDeps({ a: [1, 0, 0], b: [NaN, 1], c: [3, 4], d: [0, 1] });
    const plans: unknown[] = [];
    const updates: RowsUpdate[] = [];
    const texts = ['a', 'b', 'c', 'd'];
    await runEmbedJob({ ...options(texts, updates), onPlan: (p) => plans.push(p) }, deps);
    expect(plans).toEqual([{ fromCache: 1, toEmbed: 3, damaged: 3 }]);
    expect(embedCalls).toEqual([['a', 'b', 'c']]);
    expect(collect(texts, updates)).toEqual([vectorOf('a'), vectorOf('b'), vectorOf('c'), [0, 1]]);
    // The repaired rows replace the damaged ones in the cache.
    expect(Array.from(cache.get(cacheKey('m', 'q8', 'h:b'))!)).toEqual(vectorOf('b'));
  });

  it('with cacheOnly, hands over what the cache has and embeds nothing', async () => {
    const { deps, embedCalls } = fakeDeps({ a: [1, 0] });
    const updates: RowsUpdate[] = [];
    const counts = await runEmbedJob({ ...options(['a', 'b'], updates), cacheOnly: true }, deps);
    expect(counts).toEqual({ fromCache: 1, embedded: 0 });
    expect(embedCalls).toEqual([]);
    expect(collect(['a', 'b'], updates)).toEqual([[1, 0], undefined]);
  });

  it('hands a big cache hit over in slices, not one copy of every row', async () => {
    const texts = Array.from({ length: 2100 }, (_, i) => `t${i}`);
    const { deps } = fakeDeps(Object.fromEntries(texts.map((t) => [t, [1, 0]])));
    const updates: RowsUpdate[] = [];
    await runEmbedJob(options(texts, updates), deps);
    expect(updates.map((u) => u.positions.length)).toEqual([1024, 1024, 52]);
  });

  it('hashes and looks up a big dataset a slice per task, so planning never blocks the page', async () => {
    const texts = Array.from({ length: 2100 }, (_, i) => `t${i}`);
    const { deps } = fakeDeps(Object.fromEntries(texts.map((t) => [t, [1, 0]])));
    const lookups: number[] = [];
    const hashed: number[] = [];
    let tasks = 0;
    const lookup = deps.cache!.getMany;
    deps.cache!.getMany = (keys) => (lookups.push(keys.length), lookup(keys));
    deps.hash = (text) => (hashed.push(tasks), hash(text));
    const ticker = setInterval(() => tasks++, 0);
    await runEmbedJob(options(texts, []), deps).finally(() => clearInterval(ticker));
    expect(lookups).toEqual([500, 500, 500, 500, 100]);
    // Every text hashed, and not all in one task: timers ran between the slices.
    expect(hashed).toHaveLength(2100);
    expect(new Set(hashed).size).toBeGreaterThanOrEqual(3);
  });

  it('keys by model and dtype', async () => {
    const other = fakeDeps({ b: [1, 0] });
    await runEmbedJob({ ...options(['b'], []), dtype: 'fp32' }, other.deps);
    expect(other.embedCalls).toEqual([['b']]);
  });

  it('embeds everything when the cache fails, and reports the failure', async () => {
    const { deps, embedCalls } = fakeDeps();
    const errors: unknown[] = [];
    deps.cache!.getMany = async () => {
      throw new Error('quota');
    };
    await runEmbedJob({ ...options(['a'], []), onCacheError: (e) => errors.push(e) }, deps);
    expect(embedCalls).toEqual([['a']]);
    expect(errors).toHaveLength(1);
  });

  it('stops before the model when cancelled during the cache lookup, between requests, and drops late batches', async () => {
    const controller = new AbortController();
    const { deps, embedCalls } = fakeDeps();
    const lookup = deps.cache!.getMany;
    deps.cache!.getMany = async (keys) => {
      controller.abort();
      return lookup(keys);
    };
    await expect(runEmbedJob(options(['a', 'b'], [], controller.signal), deps)).rejects.toSatisfy(
      isAbortError,
    );
    expect(embedCalls).toEqual([]);

    const between = new AbortController();
    const chunked = fakeDeps();
    const firstChunk = chunked.deps.embed;
    chunked.deps.embed = async (texts, options) => {
      await firstChunk(texts, options);
      between.abort(); // cancelled while the first request ran: no second request is sent
    };
    await expect(
      runEmbedJob(options(['a', 'b', 'c', 'd', 'e'], [], between.signal), chunked.deps),
    ).rejects.toSatisfy(isAbortError);
    expect(chunked.embedCalls).toEqual([['a', 'b', 'c']]);

    const late = new AbortController();
    const updates: RowsUpdate[] = [];
    const second = fakeDeps();
    second.deps.embed = async (texts, { onBatch }) => {
      late.abort();
      onBatch(Int32Array.of(0), Float32Array.from(vectorOf(texts[0])), DIMS);
    };
    await runEmbedJob(options(['a'], updates, late.signal), second.deps);
    expect(updates).toEqual([]);
  });
});
