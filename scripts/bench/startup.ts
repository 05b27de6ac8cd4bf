/**
 * Cold and warm start on a classroom-like network: the time from opening the app's URL to the
 * first embedding on screen, with Chromium's network throttled to 10 Mbit/s and 40 ms latency
 * (CDP Network.emulateNetworkConditions). The build is served like a real static host: the shipped
 * _headers file, gzip for text and WASM, model files as they are.
 */
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startStaticServer } from '../serve/staticServer.ts';
import { BENCH_OUT_DIR } from './browser.ts';

const root = path.resolve(import.meta.dirname, '../..');
const LINK = { latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 };

export interface StartupRun {
  label: 'cold' | 'warm';
  seconds: number;
  /** The page's own "Model ready in N s": from starting the worker to the warm-up embedding. */
  modelReady: string;
  /** What the student sees, sampled once a second. */
  timeline: string[];
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...LINK });
}

/** One line per second: the header badge, the files still downloading, and how many are done. */
async function sampleScreen(page: Page): Promise<string> {
  const badge = (
    await page
      .getByTestId('backend-status')
      .innerText()
      .catch(() => '(page not drawn yet)')
  ).replace(/\s+/g, ' ');
  const rows = await page
    .locator('.file-bars li')
    .evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('.file-name')?.textContent ?? '',
        bytes: item.querySelector('.file-bytes')?.textContent ?? '',
      })),
    )
    .catch(() => []);
  const done = rows.filter((row) => row.bytes === 'done').length;
  const busy = rows.filter((row) => row.bytes !== 'done').map((row) => `${row.name} ${row.bytes}`);
  const files = rows.length ? [...busy, `${done} of ${rows.length} files done`].join('; ') : '';
  return `${badge}${files ? ` | ${files}` : ''}`;
}

async function timeToFirstEmbedding(
  page: Page,
  url: string,
  label: StartupRun['label'],
): Promise<StartupRun> {
  await throttle(page);
  const timeline: string[] = [];
  const started = Date.now();
  const sampler = setInterval(() => {
    const second = Math.round((Date.now() - started) / 1000);
    void sampleScreen(page).then((line) => timeline.push(`${String(second).padStart(3)} s  ${line}`));
  }, 1000);
  try {
    await page.goto(url);
    await page
      .getByTestId('embedding-result')
      .and(page.locator('[aria-busy="false"]'))
      .waitFor({ timeout: 180_000 });
    await page.getByTestId('vector-norm').waitFor();
  } finally {
    clearInterval(sampler);
  }
  const seconds = (Date.now() - started) / 1000;
  const modelReady = (await page.getByTestId('ready-line').innerText()).replace(/ ·.*/, '');
  return { label, seconds, modelReady, timeline };
}

/** Cold (empty caches) then warm (a second visit in the same browser profile). */
export async function measureStartup(browser: Browser, model = 'minilm-shaped'): Promise<StartupRun[]> {
  const server = await startStaticServer({
    root: BENCH_OUT_DIR,
    applyHeadersFile: true,
    gzip: true,
    mounts: { '/fixture-models': path.join(root, 'fixtures/models') },
  });
  try {
    const url = `${server.origin}/?device=wasm&modelBase=/fixture-models&model=${model}#/first-embedding`;
    const context = await browser.newContext();
    const cold = await timeToFirstEmbedding(await context.newPage(), url, 'cold');
    const warm = await timeToFirstEmbedding(await context.newPage(), url, 'warm');
    await context.close();
    return [cold, warm];
  } finally {
    await server.close();
  }
}

export function describeStartup(runs: readonly StartupRun[]): string[] {
  const budget = { cold: 35, warm: 3 };
  return runs.flatMap((run) => [
    `${run.label} start (10 Mbit/s, 40 ms): ${run.seconds.toFixed(1)} s to the first embedding (budget ${budget[run.label]} s: ${run.seconds <= budget[run.label] ? 'within' : 'OVER'}; ${run.modelReady})`,
    ...run.timeline.map((line) => `    ${line}`),
  ]);
}
