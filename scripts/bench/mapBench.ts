/**
 * Map computation benchmark lines (issue 11), called by scripts/bench/bench.ts: in headless
 * Chromium, through the app's own map-jobs client and worker, UMAP of the built-in listings
 * (embedded first in Node with the `minilm-shaped` fixture: the vectors' meaning does not change
 * the work) and of 2,300 and 20,000 random unit vectors, k-means at 20,000, and the distortion
 * lens (every point's exact full-space neighbours, then recall@10) at 20,000.
 * The page is scripts/bench/map-bench.html, among the build inputs of serveBenchBuild.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_BATCH_SIZE } from '../../src/embedding/batchSize.ts';
import { EmbeddingEngine } from '../../src/embedding/engine.ts';
import { datasetTexts } from './datasetBench.ts';
import type { MapJobTiming } from './mapJobTiming.ts';

export const MAP_BENCH_PAGE = 'scripts/bench/map-bench.html';
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/models');

/** The built-in listings embedded in Node by the app's engine (minilm-shaped, q8). */
export async function listingVectors(): Promise<Float32Array> {
  const engine = await EmbeddingEngine.load({
    modelId: 'minilm-shaped',
    source: { kind: 'local', dir: `${FIXTURES}/` },
    device: 'cpu',
    dtype: 'q8',
  });
  const vectors = await engine.embedAll(datasetTexts(), DEFAULT_BATCH_SIZE);
  await engine.dispose();
  return vectors;
}

export interface MapBenchRun {
  label: string;
  timing: MapJobTiming;
}

type MapBenchWindow = {
  mapBench: {
    umap: (rows: number, vectors?: number[]) => Promise<MapJobTiming>;
    kmeans: (rows: number, k: number) => Promise<MapJobTiming>;
    lens: (rows: number) => Promise<MapJobTiming>;
  };
};

export async function measureMapJobsInBrowser(
  page: Page,
  baseUrl: string,
  listings: Float32Array,
): Promise<MapBenchRun[]> {
  page.setDefaultTimeout(30 * 60_000);
  await page.goto(`${baseUrl}/${MAP_BENCH_PAGE}`);
  const runs: MapBenchRun[] = [];
  const listingRows = Array.from(listings);
  runs.push({
    label: 'UMAP, built-in listings,',
    timing: await page.evaluate(
      (vectors) => (window as unknown as MapBenchWindow).mapBench.umap(0, vectors),
      listingRows,
    ),
  });
  for (const rows of [2300, 20000])
    runs.push({
      label: `UMAP, ${rows} random vectors,`,
      timing: await page.evaluate((n) => (window as unknown as MapBenchWindow).mapBench.umap(n), rows),
    });
  runs.push({
    label: 'k-means, 20000 random vectors,',
    timing: await page.evaluate((n) => (window as unknown as MapBenchWindow).mapBench.kmeans(n, 10), 20000),
  });
  runs.push({
    label: 'Recall@10 lens, 20000 random vectors,',
    timing: await page.evaluate((n) => (window as unknown as MapBenchWindow).mapBench.lens(n), 20000),
  });
  return runs;
}

/** Lines for the benchmark report. */
export function describeMapBench(runs: readonly MapBenchRun[]): string[] {
  return runs.map(
    ({ label, timing }) =>
      `${label} ${timing.rows} × 384 (Chromium worker): ${(timing.ms / 1000).toFixed(1)} s${timing.note ? ` (${timing.note})` : ''}`,
  );
}
