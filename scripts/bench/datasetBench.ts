/**
 * Benchmark of the semantic-search page at its real job: embedding the first rows of the built-in
 * job-listings dataset in Chromium (WASM, multi-threaded, q8, `minilm-shaped`), measured through
 * the page itself, while a PerformanceObserver records the main thread's long tasks. The node side
 * embeds the same texts with onnxruntime-node through the same engine code.
 *
 * For bench.ts:
 *   const browserRun = await measureDatasetEmbedding(page, url, 300);   // page from launchChromium()
 *   const nativeRun = await measureDatasetNative(300);
 *   console.log(describeDatasetBench(browserRun, nativeRun));
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { DEFAULT_BATCH_SIZE } from '../../src/embedding/batchSize.ts';
import { guessColumns } from '../../src/data/columns.ts';
import { parseCsvTable } from '../../src/data/csvTable.ts';
import { buildListings } from '../../src/data/listings.ts';
import { measureNative, type Measurement } from './native.ts';

const MODEL = 'minilm-shaped';
const DATASET = path.resolve(import.meta.dirname, '../../public/data/job-listings.csv');

export interface DatasetEmbeddingRun {
  rows: number;
  /** From the job's start to its last row, as seen by the page (includes hashing and cache look-ups). */
  seconds: number;
  /** Longest main-thread task while the job ran ('longtask' entries: tasks over 50 ms), 0 if none. */
  longestTaskMs: number;
  /** How many long tasks (> 50 ms) the main thread had during the job. */
  longTasks: number;
}

/** The first `rows` descriptions of the built-in dataset (all of them by default), read by the app's own CSV code. */
export function datasetTexts(rows?: number): string[] {
  const table = parseCsvTable(Papa, readFileSync(DATASET, 'utf8'));
  if (!table.ok) throw new Error(table.error.problem);
  const columns = guessColumns(table.value);
  if (!columns.ok) throw new Error(columns.error.problem);
  const { listings } = buildListings(table.value, columns.value);
  if (rows !== undefined && listings.length < rows)
    throw new Error(`The built-in dataset has ${listings.length} listings, fewer than ${rows}`);
  return listings.slice(0, rows).map((listing) => listing.text);
}

/** Runs before the app: records long tasks and when the embedding job starts and ends. */
export function installProbe(rows: number): void {
  const probe = { tasks: [] as { start: number; duration: number }[], jobStart: 0, jobEnd: 0 };
  Object.assign(window, { __datasetBench: probe });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="embed-progress"]')?.textContent ?? '';
    if (!probe.jobStart && /^\d+ \/ \d+ rows · \d+ from cache/.test(text)) probe.jobStart = performance.now();
    if (!probe.jobEnd && text.startsWith(`${rows} / ${rows} rows`)) probe.jobEnd = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** A fresh cache, or the page would take vectors from an earlier run instead of embedding. */
export async function clearVectorCache(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('embedding-lab');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('The vector cache is open in another tab'));
      }),
  );
}

/**
 * Opens the search page on a server of the production build (e.g. serveBenchBuild's URL) with an
 * empty vector cache, lets `?rows=` start the job once the model is ready, and waits for `n / n`.
 */
export async function measureDatasetEmbedding(
  page: Page,
  baseUrl: string,
  rows: number,
): Promise<DatasetEmbeddingRun> {
  await clearVectorCache(page, baseUrl);
  await page.addInitScript(installProbe, rows);
  const params = new URLSearchParams({
    device: 'wasm',
    modelBase: '/fixture-models',
    model: MODEL,
    rows: String(rows),
  });
  await page.goto(`${baseUrl}/?${params}#/search`);
  const progress = page.getByTestId('embed-progress');
  await progress.filter({ hasText: `${rows} / ${rows} rows` }).waitFor({ timeout: 30 * 60_000 });
  const text = await progress.innerText();
  if (!text.includes(`0 from cache, ${rows} embedded`))
    throw new Error(`Expected every row embedded, not cached: ${text}`);
  const backend = await page.getByTestId('backend-status').innerText();
  if (!/WASM · q8 · [2-9]\d* threads/.test(backend))
    throw new Error(`Expected multi-threaded WASM q8, got: ${backend}`);
  return { rows, ...(await readProbe(page)) };
}

/** What installProbe saw: the job's duration and the main thread's long tasks while it ran. */
export async function readProbe(page: Page): Promise<Omit<DatasetEmbeddingRun, 'rows'>> {
  const probe = await page.evaluate(
    () =>
      (
        window as unknown as {
          __datasetBench: { tasks: { start: number; duration: number }[]; jobStart: number; jobEnd: number };
        }
      ).__datasetBench,
  );
  const during = probe.tasks.filter(
    (task) => task.start + task.duration >= probe.jobStart && task.start <= probe.jobEnd,
  );
  return {
    seconds: (probe.jobEnd - probe.jobStart) / 1000,
    longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
    longTasks: during.length,
  };
}

/** onnxruntime-node on the same texts, same engine code, q8, the app's batch size. */
export function measureDatasetNative(rows: number): Promise<Measurement> {
  return measureNative(MODEL, 'q8', datasetTexts(rows), DEFAULT_BATCH_SIZE);
}

/** One line for the benchmark's output. */
export function describeDatasetBench(browser: DatasetEmbeddingRun, native: Measurement): string {
  const browserRate = browser.rows / browser.seconds;
  const nativeRate = native.texts / native.seconds;
  const verdict = browser.longestTaskMs <= 100 ? 'under' : 'OVER';
  return (
    `search page, ${browser.rows} dataset rows (wasm-mt-q8): ${browserRate.toFixed(2)} rows/s, ` +
    `${(browserRate / nativeRate).toFixed(2)}× onnxruntime-node (${nativeRate.toFixed(2)} rows/s); ` +
    `longest main-thread task ${browser.longestTaskMs.toFixed(0)} ms (${verdict} 100 ms, ${browser.longTasks} over 50 ms)`
  );
}
