/**
 * Instant mode: `npm run precompute` embeds the first rows of the built-in dataset in Node
 * (onnxruntime-node, tiny-bert, fp32); the search page offers those vectors, search works with none
 * embedded in the browser, and the browser's own vectors for the same rows agree within 1e-4.
 * The precomputed files go to a temporary folder that this test serves at /instant-precomputed/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { parseNpy } from '../src/data/npy.ts';
import { downloadJson, openApp, waitForBackend } from './support/app';

const ROWS = 40;
const DIMS = 384;
const MANIFEST_URL = '/instant-precomputed/manifest.json';
const VECTORS_FILE = 'job-listings.tiny-bert.fp32.npy';

/** The built-in dataset, read here independently of the app's CSV code: [index, title, description]. */
const LISTINGS = Papa.parse<string[]>(readFileSync('public/data/job-listings.csv', 'utf8'), {
  skipEmptyLines: true,
})
  .data.slice(1)
  .filter((row) => row[2]?.trim());

interface VectorsJson {
  model: string;
  dtype: string;
  rows: { index: string; title: string; vector: number[] }[];
}

let folder: string;
let precomputed: Float32Array;

test.use({ serviceWorkers: 'block' }); // so page.route sees every request

test.beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'instant-precomputed-'));
  execFileSync(
    'npx',
    [
      'tsx',
      'scripts/precompute/precompute.ts',
      '--dataset',
      'public/data/job-listings.csv',
      '--model',
      'tiny-bert',
      '--modelBase',
      'fixtures/models',
      '--dtype',
      'fp32',
      '--rows',
      String(ROWS),
      '--out',
      folder,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const npy = parseNpy(readFileSync(path.join(folder, VECTORS_FILE)));
  expect(npy.shape).toEqual([ROWS, DIMS]);
  precomputed = npy.values;
});

test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function servePrecomputed(page: Page) {
  await page.route(
    (url) => url.pathname.startsWith('/instant-precomputed/'),
    async (route) => {
      const file = path.join(folder, path.basename(new URL(route.request().url()).pathname));
      await route.fulfill({
        body: await readFile(file),
        contentType: file.endsWith('.json') ? 'application/json' : 'application/octet-stream',
      });
    },
  );
}

/** The map page's line saying where its vectors came from (the store survives the route change). */
async function mapSource(page: Page) {
  await page.getByRole('link', { name: /Maps: PCA and UMAP/ }).click();
  return page.getByTestId('map-source');
}

/** Largest |browser − precomputed| over all rows, after checking rows and order. */
function maxDifference(exported: VectorsJson): number {
  expect(exported.rows.map((row) => row.index)).toEqual(LISTINGS.slice(0, ROWS).map((row) => row[0]));
  let worst = 0;
  exported.rows.forEach((row, r) => {
    expect(row.vector).toHaveLength(DIMS);
    row.vector.forEach((value, d) => (worst = Math.max(worst, Math.abs(value - precomputed[r * DIMS + d]))));
  });
  return worst;
}

test.describe('Instant mode (WASM, tiny-bert)', () => {
  test('offers precomputed vectors, searches with none embedded here, and matches the browser within 1e-4', async ({
    page,
  }) => {
    await servePrecomputed(page);
    await openApp(page, { route: '/search', extra: { dtype: 'fp32', precomputed: MANIFEST_URL } });
    await waitForBackend(page, 'WASM');
    const offer = page.getByTestId('precomputed-offer');
    await expect(offer).toContainText(`Vectors for the first ${ROWS} listings were computed ahead of time`);
    await expect(offer).toContainText('tiny-bert, fp32');
    await expect(page.getByTestId('cache-status')).toContainText('0 vectors');

    await offer.getByRole('button', { name: 'Use precomputed vectors (instant)' }).click();
    await expect(page.getByTestId('embed-progress')).toHaveText(
      `${ROWS} / ${ROWS} rows · precomputed, 0 embedded in this browser`,
    );
    await expect(offer).toContainText('none were embedded in this browser');
    // Search ranks the precomputed rows: a listing's own description finds it with cosine ≈ 1.
    const target = LISTINGS[7];
    await page.getByTestId('search-input').fill(target[2]);
    const first = page.getByTestId('search-result').first();
    await expect(first).toHaveAttribute('data-row-index', target[0]);
    expect(Number(await first.getAttribute('data-score'))).toBeCloseTo(1, 3);
    await expect(page.getByTestId('search-scope')).toContainText(`Ranking the ${ROWS} embedded rows`);
    const fromFile = await downloadJson<VectorsJson>(page, 'Export JSON');
    expect(fromFile).toMatchObject({ model: 'tiny-bert', dtype: 'fp32' });
    expect(maxDifference(fromFile)).toBe(0);
    // Not written to the vector cache: the browser's own run below embeds every row.
    await expect(page.getByTestId('cache-status')).toContainText('0 vectors');
    await expect(await mapSource(page)).toHaveText(
      `${ROWS} listings, precomputed ahead of time (${VECTORS_FILE}) with tiny-bert (fp32).`,
    );
    await page.getByRole('link', { name: /Semantic search/ }).click();

    await page.getByRole('button', { name: `Embed ${ROWS} listings` }).click();
    await expect(page.getByTestId('embed-progress')).toContainText(
      `${ROWS} / ${ROWS} rows · 0 from cache, ${ROWS} embedded`,
      { timeout: 120_000 },
    );
    await expect(offer.getByRole('button', { name: 'Use precomputed vectors (instant)' })).toBeVisible();
    const fromBrowser = await downloadJson<VectorsJson>(page, 'Export JSON');
    const difference = maxDifference(fromBrowser);
    test.info().annotations.push({ type: 'max |node − browser|', description: String(difference) });
    expect(difference).toBeLessThan(1e-4);
    await expect(await mapSource(page)).toHaveText(
      `${ROWS} listings, embedded in this browser with tiny-bert (fp32).`,
    );
  });

  test('explains precomputed vectors of another precision instead of using them', async ({ page }) => {
    await servePrecomputed(page);
    await openApp(page, { route: '/search', extra: { precomputed: MANIFEST_URL } }); // WASM default: q8
    await waitForBackend(page, 'WASM');
    const offer = page.getByTestId('precomputed-offer');
    await expect(offer).toContainText('they were made at fp32 precision, but the page runs q8');
    await expect(offer.getByRole('button')).toHaveCount(0);
  });
});
