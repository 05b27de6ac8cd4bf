/**
 * The search page embedding 50,000 rows (issue 15.7): does the page stay responsive? Short
 * generated listings and the small `tiny-bert` fixture keep the run to minutes; what is measured
 * is the page's own work per batch (placing vectors, re-rendering, cache writes), which grows with
 * the dataset, not the model's speed. A PerformanceObserver records the main thread's long tasks;
 * CDP samples the JS heap once a second.
 *
 * Part of `npm run bench`; alone: `npm run bench:big-dataset`.
 */
import type { Page } from '@playwright/test';
import { clearVectorCache, installProbe, readProbe } from './datasetBench.ts';
import { launchChromium, serveBenchBuild } from './browser.ts';

export const BIG_ROWS = 50_000;

export interface BigDatasetRun {
  rows: number;
  seconds: number;
  longestTaskMs: number;
  longTasks: number;
  /** Largest JS heap seen while the job ran, and after it (after a garbage collection), in MB. */
  peakHeapMb: number;
  heapAfterMb: number;
}

/** `Listing i,…`: distinct short texts, so every row is embedded and none is deduplicated. */
function bigCsv(rows: number): string {
  const lines = ['title,description'];
  for (let i = 0; i < rows; i++)
    lines.push(`Listing ${i},Task ${i}: help team ${i % 97} with job ${i % 1013}`);
  return `${lines.join('\n')}\n`;
}

export async function measureBigDatasetEmbedding(
  page: Page,
  baseUrl: string,
  rows = BIG_ROWS,
): Promise<BigDatasetRun> {
  await clearVectorCache(page, baseUrl);
  const csv = bigCsv(rows);
  await page.route('**/bench-big-dataset.csv', (route) =>
    route.fulfill({ status: 200, body: csv, contentType: 'text/csv' }),
  );
  await page.addInitScript(installProbe, rows);
  const params = new URLSearchParams({
    device: 'wasm',
    modelBase: '/fixture-models',
    model: 'tiny-bert',
    dataset: '/bench-big-dataset.csv',
  });
  await page.goto(`${baseUrl}/?${params}#/search`);
  await page
    .getByTestId('dataset-status')
    .filter({ hasText: `${rows} listings loaded` })
    .waitFor({ timeout: 120_000 });
  await page.getByLabel('How many listings to embed', { exact: true }).fill(String(rows));
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  const sampler = setInterval(() => {
    void cdp
      .send('Runtime.getHeapUsage')
      .then(({ usedSize }) => (peak = Math.max(peak, usedSize)))
      .catch(() => {});
  }, 1000);
  try {
    await page.getByRole('button', { name: `Embed ${rows} listings` }).click({ timeout: 120_000 });
    await page
      .getByTestId('embed-progress')
      .filter({ hasText: `${rows} / ${rows} rows` })
      .waitFor({ timeout: 60 * 60_000 });
  } finally {
    clearInterval(sampler);
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const after = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const mb = (bytes: number) => bytes / 1024 / 1024;
  return {
    rows,
    ...(await readProbe(page)),
    peakHeapMb: mb(Math.max(peak, after)),
    heapAfterMb: mb(after),
  };
}

export function describeBigDatasetBench(run: BigDatasetRun): string {
  const verdict = run.longestTaskMs <= 100 ? 'under' : 'OVER';
  return (
    `search page, ${run.rows} short rows (tiny-bert, wasm): ${(run.rows / run.seconds).toFixed(0)} rows/s; ` +
    `longest main-thread task ${run.longestTaskMs.toFixed(0)} ms (${verdict} 100 ms, ${run.longTasks} over 50 ms); ` +
    `JS heap peak ${run.peakHeapMb.toFixed(0)} MB, ${run.heapAfterMb.toFixed(0)} MB after the job ` +
    `(the vectors alone: ${((run.rows * 384 * 4) / 1024 / 1024).toFixed(0)} MB)`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { server, url } = await serveBenchBuild(Number(process.env.BENCH_PORT ?? 4180));
  try {
    const browser = await launchChromium();
    console.log(describeBigDatasetBench(await measureBigDatasetEmbedding(await browser.newPage(), url)));
    await browser.close();
  } finally {
    await server.close();
  }
}
