import { describe, expect, it } from 'vitest';
import type { CsvTable } from '../../data/csvTable';
import { fail, succeed } from '../../data/datasetError';
import { buildListings } from '../../data/listings';
import type { DatasetRequest } from '../../data/loadDataset';
import type { PrecomputedEntry } from '../../data/precomputed';
import { cacheKey, type VectorCache } from '../../data/vectorCache';
import { AUTO_START_MAX_ROWS, createListingsController, type ListingsDeps } from './controller';
import type { RunningModel } from './embeddingJob';
import { comparableVectors } from './selectors';
import { abortError } from '../../workers/abort';

const DIMS = 2;
const Q8: RunningModel = { modelId: 'tiny', dtype: 'q8', backend: 'wasm', dims: DIMS };
const FP16_GPU: RunningModel = { modelId: 'tiny', dtype: 'fp16', backend: 'webgpu', dims: DIMS };
/** A fake model: a text's vector is [its length, its first char code], scaled to length 1. */
const vectorOf = (text: string) => {
  const length = Math.hypot(text.length, text.charCodeAt(0));
  return [text.length / length, text.charCodeAt(0) / length];
};
const vectorsOf = (...texts: string[]) => Array.from(Float32Array.from(texts.flatMap(vectorOf)));

const table = (...texts: string[]): CsvTable => ({
  header: ['title', 'description'],
  rows: texts.map((text, i) => [`job ${i}`, text]),
});
const COLUMNS = { text: 1, label: 0, index: null };

/** Datasets by URL; 'broken.csv' fails like a bad file does. */
const FILES: Record<string, CsvTable> = {
  'data/job-listings.csv': table('nurse', 'chef', 'pilot', 'baker'),
  'other.csv': table('welder', 'tailor', 'judge'),
  'big.csv': table(...Array.from({ length: AUTO_START_MAX_ROWS + 1 }, (_, i) => `job ${i}`)),
};

function fakes(
  options: {
    model?: RunningModel;
    stored?: Record<string, number[]>;
    params?: ListingsDeps['params'];
    precomputed?: number[];
  } = {},
) {
  let model = options.model;
  const cache = new Map<string, Float32Array>(
    Object.entries(options.stored ?? {}).map(([key, v]) => [key, Float32Array.from(v)]),
  );
  const embedded: string[] = [];
  let release: (() => void) | undefined;
  let holdEmbedding = false;
  const vectorCache: VectorCache = {
    getMany: async (keys) => keys.map((key) => cache.get(key)),
    putMany: async (entries) => entries.forEach(([key, v]) => cache.set(key, v)),
    stats: async () => ({ vectors: cache.size, bytes: cache.size * DIMS * 4 }),
    clear: async () => cache.clear(),
  };
  const deps: ListingsDeps = {
    hash: async (text) => `h:${text}`,
    cache: vectorCache,
    model: () => model,
    batchSize: 2,
    now: () => 0,
    baseUrl: 'http://localhost/',
    params: options.params ?? {},
    random: () => 0.99,
    embed: async (texts, { signal, onBatch }) => {
      if (holdEmbedding) await new Promise<void>((resolve) => (release = resolve));
      if (signal.aborted) throw abortError();
      embedded.push(...texts);
      onBatch(Int32Array.from(texts.map((_, i) => i)), Float32Array.from(texts.flatMap(vectorOf)), DIMS);
    },
    loadDataset: async (request: DatasetRequest) => {
      const url = request.kind === 'url' ? request.url : 'data/job-listings.csv';
      const found = FILES[url];
      if (!found)
        return fail({ kind: 'not-csv', problem: `“${url}” is not a CSV file.`, advice: 'Pick another.' });
      return succeed({
        name: url,
        source: { kind: 'url' as const, url },
        table: found,
        columns: COLUMNS,
        ...buildListings(found, COLUMNS),
      });
    },
    fetchPrecomputed: async ({ entry, rows }) => ({
      modelId: entry.modelId,
      dtype: 'q8',
      dims: DIMS,
      rowCount: rows,
      vectors: Float32Array.from(options.precomputed ?? vectorsOf('nurse', 'chef')),
      file: entry.vectorsFile,
    }),
  };
  return {
    deps,
    cache,
    embedded,
    setModel: (next: RunningModel | undefined) => (model = next),
    hold: () => (holdEmbedding = true),
    release: () => release?.(),
  };
}

describe('listings controller', () => {
  it('loads the bundled dataset at bootstrap, and ?dataset= instead when given', async () => {
    const bundled = createListingsController(fakes().deps);
    await bundled.bootstrap();
    expect(bundled.getState().dataset?.listings.map((l) => l.text)).toEqual([
      'nurse',
      'chef',
      'pilot',
      'baker',
    ]);

    const shared = createListingsController(fakes({ params: { datasetUrl: 'other.csv' } }).deps);
    await shared.bootstrap();
    expect(shared.getState().dataset?.name).toBe('other.csv');
  });

  it('keeps the loaded dataset and its vectors when a new file is refused, and says why', async () => {
    const controller = createListingsController(fakes({ model: Q8 }).deps);
    await controller.loadDataset({ kind: 'bundled' });
    await controller.startEmbedding();
    const before = controller.getState();
    expect(await controller.loadDataset({ kind: 'url', url: 'broken.csv' })).toBe(false);
    const after = controller.getState();
    expect(after.dataset).toBe(before.dataset);
    expect(after.vectors).toBe(before.vectors);
    expect(after.loadError?.error.problem).toBe('“broken.csv” is not a CSV file.');
    expect(after.load).toEqual({ phase: 'idle' });
  });

  it('embeds the first rows, writes them to the cache and reports the counts', async () => {
    const { deps, cache } = fakes({ model: Q8 });
    const controller = createListingsController(deps);
    await controller.loadDataset({ kind: 'bundled' });
    controller.setRowsRequested(3);
    await controller.startEmbedding();
    const { vectors, job } = controller.getState();
    expect(job).toMatchObject({ phase: 'done', total: 3, fromCache: 0, embedded: 3 });
    expect(Array.from(vectors!.vectors)).toEqual(vectorsOf('nurse', 'chef', 'pilot'));
    expect(vectors!.provenance).toMatchObject({ modelId: 'tiny', dtype: 'q8', backend: 'wasm' });
    expect([...cache.keys()].sort()).toEqual(['tiny|q8|h:chef', 'tiny|q8|h:nurse', 'tiny|q8|h:pilot']);
  });

  it('takes cached vectors instead of embedding them again', async () => {
    const stored = {
      [cacheKey('tiny', 'q8', 'h:nurse')]: [0.6, 0.8],
      [cacheKey('tiny', 'q8', 'h:chef')]: [1, 0],
    };
    const { deps, embedded } = fakes({ model: Q8, stored });
    const controller = createListingsController(deps);
    await controller.loadDataset({ kind: 'bundled' });
    await controller.startEmbedding();
    expect(controller.getState().job).toMatchObject({ phase: 'done', fromCache: 2, embedded: 2 });
    expect(embedded.sort()).toEqual(['baker', 'pilot']);
    expect(Array.from(controller.getState().vectors!.vectors.subarray(0, 4))).toEqual([
      0.6000000238418579, 0.800000011920929, 1, 0,
    ]);
  });

  it('cancels a running job: the job says so and no later batch lands', async () => {
    const fake = fakes({ model: Q8 });
    const controller = createListingsController(fake.deps);
    await controller.loadDataset({ kind: 'bundled' });
    fake.hold();
    const running = controller.startEmbedding();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(controller.getState().job.phase).toBe('running');
    controller.cancelEmbedding();
    fake.release();
    await running;
    expect(controller.getState().job).toMatchObject({ phase: 'cancelled', embedded: 0 });
    expect(controller.getState().vectors?.embeddedCount).toBe(0);
    expect(fake.embedded).toEqual([]);
  });

  const entry: PrecomputedEntry = {
    dataset: 'job-listings.csv',
    modelId: 'tiny',
    dtype: 'q8',
    dims: DIMS,
    rows: 2,
    rowHashes: [],
    vectorsFile: 'job-listings.tiny.q8.npy',
  };

  it('refuses precomputed vectors that are no embeddings, or that the running model disagrees with', async () => {
    const cases: [number[], string][] = [
      [
        [1, 0, NaN, 1],
        'row 2 of job-listings.tiny.q8.npy is no embedding: it holds values that are not numbers',
      ],
      [
        [1, 0, 0.3, 0.4],
        'row 2 of job-listings.tiny.q8.npy is no embedding: its length is 0.500 instead of 1',
      ],
      // Unit vectors, but not this model's vectors for these texts (the rows swapped).
      [vectorsOf('chef', 'nurse'), 'differs from what the model here makes of the same text by'],
    ];
    for (const [precomputed, message] of cases) {
      const controller = createListingsController(fakes({ model: Q8, precomputed }).deps);
      await controller.loadDataset({ kind: 'bundled' });
      await controller.takePrecomputed({ kind: 'match', entry, rows: 2 });
      const { vectors, precomputedFetch } = controller.getState();
      expect(vectors).toBeUndefined();
      expect(precomputedFetch).toEqual({ phase: 'failed', message: expect.stringContaining(message) });
    }
  });

  it('uses precomputed vectors for the dataset, marked as made ahead of time', async () => {
    const fake = fakes({ model: Q8 });
    const controller = createListingsController(fake.deps);
    await controller.loadDataset({ kind: 'bundled' });
    await controller.takePrecomputed({ kind: 'match', entry, rows: 2 });
    // Spot-checked against the running model first.
    expect(fake.embedded.length).toBeGreaterThan(0);
    const { vectors, rowsRequested, precomputedFetch } = controller.getState();
    expect(precomputedFetch).toEqual({ phase: 'idle' });
    expect(rowsRequested).toBe(2);
    expect(vectors).toMatchObject({ precomputedFrom: 'job-listings.tiny.q8.npy', embeddedCount: 2 });
    expect(vectors!.provenance).toMatchObject({ modelId: 'tiny', dtype: 'q8', backend: 'node' });
    expect(comparableVectors(controller.getState(), Q8).ok).toBe(true);
  });

  it('provenance: vectors made at fp16 on WebGPU are refused for a q8 query, with the reason', async () => {
    const fake = fakes({ model: FP16_GPU });
    const controller = createListingsController(fake.deps);
    await controller.loadDataset({ kind: 'bundled' });
    await controller.startEmbedding();
    expect(comparableVectors(controller.getState(), FP16_GPU).ok).toBe(true);

    const q8 = comparableVectors(controller.getState(), Q8);
    expect(q8).toEqual({
      ok: false,
      reason: 'provenance',
      message: expect.stringContaining('made with tiny (fp16, WebGPU); the model is now tiny (q8, WASM)'),
    });
    // Exports ask without a query model: the vectors are still this dataset's.
    expect(comparableVectors(controller.getState(), undefined).ok).toBe(true);

    // Re-embedding under the new model makes them comparable again.
    fake.setModel(Q8);
    await controller.startEmbedding();
    expect(comparableVectors(controller.getState(), Q8).ok).toBe(true);
  });

  it('provenance: vectors of another dataset are never offered', async () => {
    const controller = createListingsController(fakes({ model: Q8 }).deps);
    await controller.loadDataset({ kind: 'bundled' });
    await controller.startEmbedding();
    await controller.loadDataset({ kind: 'url', url: 'other.csv' });
    expect(comparableVectors(controller.getState(), Q8)).toEqual({ ok: false, reason: 'none' });
  });

  it('with ?rows=, starts the job once when both dataset and model are there', async () => {
    const fake = fakes({ params: { rows: 2 } });
    const controller = createListingsController(fake.deps);
    await controller.bootstrap();
    await controller.whenReady();
    expect(controller.getState().job.phase).toBe('idle'); // no model yet
    fake.setModel(Q8);
    await Promise.all([controller.whenReady(), controller.whenReady()]);
    expect(controller.getState().job).toMatchObject({ phase: 'done', total: 2 });
    expect(fake.embedded).toHaveLength(2);
  });

  it('with ?rows= above the auto-start limit, waits for a click and says so', async () => {
    const params = { rows: AUTO_START_MAX_ROWS + 1, datasetUrl: 'big.csv' };
    const fake = fakes({ model: Q8, params });
    const controller = createListingsController(fake.deps);
    await controller.bootstrap();
    await controller.whenReady();
    expect(controller.getState().autoStartHeld).toBe(AUTO_START_MAX_ROWS + 1);
    expect(fake.embedded).toEqual([]);
    expect(controller.getState().job.phase).toBe('idle');
    await controller.startEmbedding();
    expect(controller.getState().autoStartHeld).toBeUndefined();
    expect(controller.getState().job).toMatchObject({ phase: 'done', total: AUTO_START_MAX_ROWS + 1 });
  });

  it('on page load, shows the vectors this browser has for the dataset at once, embedding nothing', async () => {
    const stored = {
      [cacheKey('tiny', 'q8', 'h:nurse')]: [1, 0],
      [cacheKey('tiny', 'q8', 'h:chef')]: [0, 1],
    };
    const fake = fakes({ model: Q8, stored });
    const controller = createListingsController(fake.deps);
    await controller.bootstrap();
    await controller.whenReady();
    expect(controller.getState().job).toEqual({ phase: 'restored', total: 4, fromCache: 2, embedded: 0 });
    expect(controller.getState().vectors?.embeddedCount).toBe(2);
    expect(comparableVectors(controller.getState(), Q8).ok).toBe(true);
    expect(fake.embedded).toEqual([]);
    // Once per page: a later load starts empty.
    await controller.loadDataset({ kind: 'bundled' });
    await controller.whenReady();
    expect(controller.getState().job).toEqual({ phase: 'idle' });
  });

  it('a restore interrupted by a new row count leaves an idle page, not a cancelled job', async () => {
    const stored = { [cacheKey('tiny', 'q8', 'h:nurse')]: [1, 0] };
    const controller = createListingsController(fakes({ model: Q8, stored }).deps);
    await controller.bootstrap();
    const restoring = controller.whenReady();
    controller.setRowsRequested(2);
    await restoring;
    expect(controller.getState().job).toEqual({ phase: 'idle' });
    expect(controller.getState().vectors).toBeUndefined();
  });

  it('on page load with nothing cached, stays idle', async () => {
    const controller = createListingsController(fakes({ model: Q8 }).deps);
    await controller.bootstrap();
    await controller.whenReady();
    expect(controller.getState().job).toEqual({ phase: 'idle' });
    expect(controller.getState().vectors).toBeUndefined();
  });

  it('drops damaged cached vectors, embeds those rows again and counts them', async () => {
    const stored = {
      [cacheKey('tiny', 'q8', 'h:nurse')]: [NaN, 1],
      [cacheKey('tiny', 'q8', 'h:chef')]: [3, 4],
      [cacheKey('tiny', 'q8', 'h:pilot')]: [1, 0],
    };
    const fake = fakes({ model: Q8, stored });
    const controller = createListingsController(fake.deps);
    await controller.loadDataset({ kind: 'bundled' });
    await controller.startEmbedding();
    expect(controller.getState().job).toMatchObject({ phase: 'done', fromCache: 1, embedded: 3 });
    expect(controller.getState().cache.damaged).toBe(2);
    expect(Array.from(fake.cache.get(cacheKey('tiny', 'q8', 'h:nurse'))!)).toEqual(vectorsOf('nurse'));
  });
});
