/**
 * Faults in the listings data flow (issue 15): a reload keeps the work, storage that never answers
 * or answers with damaged vectors, precomputed vectors that are not what they claim, and a link
 * that asks for a very long job.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { encodeNpy } from '../src/data/npy.ts';
import { openApp, waitForBackend } from './support/app';

const DIMS = 384;

async function openSearch(page: Page, extra: Record<string, string> = {}) {
  await openApp(page, { route: '/search', extra });
  await waitForBackend(page, 'WASM');
}

const progress = (page: Page) => page.getByTestId('embed-progress');

test.describe('Listings faults (WASM, tiny-bert)', () => {
  test('15.10 after a reload, the cached vectors are in use at once: search and the map work without Embed', async ({
    page,
  }) => {
    await openSearch(page, { rows: '20' });
    await expect(progress(page)).toContainText('20 / 20 rows · 0 from cache, 20 embedded', {
      timeout: 60_000,
    });
    await openSearch(page); // the same page without ?rows=: nothing starts a job
    await expect(progress(page)).toContainText(' rows · 20 from cache, 0 embedded', { timeout: 30_000 });
    await expect(progress(page)).toContainText('kept in this browser');
    await page.getByTestId('search-input').fill('caring for patients at night');
    await expect(page.getByTestId('search-scope')).toContainText('Ranking the 20 embedded rows');
    await expect(page.getByTestId('search-result')).toHaveCount(5);
    await page.getByRole('link', { name: /Maps: PCA and UMAP/ }).click();
    await expect(page.getByTestId('map-source')).toContainText('20 listings, embedded in this browser');
    await expect(page.getByTestId('explained-variance')).toBeVisible({ timeout: 60_000 });
  });

  test('15.4 when IndexedDB never opens, embedding still finishes and the page says the cache is unavailable', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // Some private modes and locked profiles: the open request never fires any event.
      IDBFactory.prototype.open = function () {
        return {} as IDBOpenDBRequest;
      };
    });
    await openSearch(page, { rows: '5' });
    await expect(progress(page)).toContainText('5 / 5 rows · 0 from cache, 5 embedded', { timeout: 60_000 });
    await expect(page.getByTestId('cache-status')).toContainText(
      "Vector cache unavailable: the browser's storage (IndexedDB) did not open within 5 s",
    );
    await page.getByTestId('search-input').fill('caring for patients at night');
    await expect(page.getByTestId('search-result')).toHaveCount(5);
  });

  test('15.6 damaged vectors in the cache are dropped and embedded again, never used', async ({ page }) => {
    await openSearch(page, { rows: '5' });
    await expect(progress(page)).toContainText('5 / 5 rows · 0 from cache, 5 embedded', { timeout: 60_000 });
    await expect(page.getByTestId('cache-status')).toContainText('5 vectors');
    // Damage two stored vectors: one full of NaN, one cut short.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('embedding-lab');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const transaction = open.result.transaction('vectors', 'readwrite');
            const store = transaction.objectStore('vectors');
            const damaged = [new Float32Array(384).fill(NaN), new Float32Array(10).fill(0.1)];
            const cursor = store.openCursor();
            cursor.onsuccess = () => {
              const current = cursor.result;
              const bad = damaged.shift();
              if (!current || !bad) return;
              current.update(bad);
              current.continue();
            };
            transaction.oncomplete = () => resolve();
          };
        }),
    );
    await page.reload();
    await waitForBackend(page, 'WASM');
    await expect(progress(page)).toContainText('5 / 5 rows · 3 from cache, 2 embedded', { timeout: 60_000 });
    await expect(page.getByTestId('cache-status')).toContainText('2 stored vectors were damaged');
    await page.getByTestId('search-input').fill('caring for patients at night');
    await expect(page.getByTestId('search-result')).toHaveCount(5);
    const scores = await page
      .getByTestId('search-result')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-score'))));
    expect(scores.every((score) => Number.isFinite(score) && score >= -1 && score <= 1)).toBe(true);
    // The repaired rows were stored again.
    await page.reload();
    await waitForBackend(page, 'WASM');
    await expect(progress(page)).toContainText('5 / 5 rows · 5 from cache, 0 embedded', { timeout: 60_000 });
  });

  test('15.7 ?rows= above a few thousand does not start a long job without a click', async ({ page }) => {
    const rows = 3000;
    const csv = ['title,description', ...Array.from({ length: rows }, (_, i) => `Job ${i},task number ${i}`)];
    await page.route('**/many-listings.csv', (route) =>
      route.fulfill({ status: 200, body: csv.join('\n'), contentType: 'text/csv' }),
    );
    await openSearch(page, { dataset: 'many-listings.csv', rows: String(rows) });
    await expect(page.getByTestId('dataset-status')).toContainText(`${rows} listings loaded`);
    await expect(page.getByTestId('auto-start-held')).toContainText(
      `The link asks for ${rows} listings. That takes a while, so it starts when you press Embed.`,
    );
    await page.waitForTimeout(1500); // a job that started on its own would show progress by now
    await expect(progress(page)).toHaveText(`0 / ${rows} rows · not started`);
    await page.getByRole('button', { name: `Embed ${rows} listings` }).click();
    await expect(progress(page)).toContainText(new RegExp(`^[1-9]\\d* / ${rows} rows`), { timeout: 60_000 });
    await expect(page.getByTestId('auto-start-held')).toHaveCount(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
  });
});

/** The built-in dataset as the app reads it: descriptions with LF line ends. */
const TEXTS = Papa.parse<string[]>(readFileSync('public/data/job-listings.csv', 'utf8'), {
  skipEmptyLines: true,
})
  .data.slice(1)
  .map((row) => (row[2] ?? '').replace(/\r\n/g, '\n'))
  .filter((text) => text.trim());

/** Serves a manifest for the first `rows` listings whose vectors file holds `vectors`. */
async function servePrecomputed(page: Page, rows: number, vectors: Float32Array) {
  const manifest = {
    version: 1,
    entries: [
      {
        dataset: 'job-listings.csv',
        modelId: 'tiny-bert',
        dtype: 'q8',
        dims: DIMS,
        rows,
        rowHashes: TEXTS.slice(0, rows).map((text) => createHash('sha256').update(text).digest('hex')),
        vectorsFile: 'crafted.npy',
      },
    ],
  };
  await page.route('**/crafted/manifest.json', (route) => route.fulfill({ json: manifest }));
  await page.route('**/crafted/crafted.npy', (route) =>
    route.fulfill({
      body: Buffer.from(encodeNpy(vectors, [rows, DIMS])),
      contentType: 'application/octet-stream',
    }),
  );
}

test.describe('Precomputed vectors are checked before use (WASM, tiny-bert)', () => {
  test.use({ serviceWorkers: 'block' }); // so page.route sees every request
  const ROWS = 10;

  for (const [name, make, message] of [
    [
      'unit vectors that are not the model’s (every row the same direction)',
      () => Float32Array.from({ length: ROWS * DIMS }, (_, i) => (i % DIMS === 0 ? 1 : 0)),
      'differs from what the model here makes of the same text by',
    ],
    [
      'a row of NaN',
      () =>
        Float32Array.from({ length: ROWS * DIMS }, (_, i) =>
          i >= 3 * DIMS && i < 4 * DIMS ? NaN : i % DIMS === 0 ? 1 : 0,
        ),
      'row 4 of crafted.npy is no embedding: it holds values that are not numbers',
    ],
  ] as const) {
    test(`15.3 refuses ${name}, says why and uses nothing`, async ({ page }) => {
      await servePrecomputed(page, ROWS, make());
      await openSearch(page, { precomputed: '/crafted/manifest.json' });
      const offer = page.getByTestId('precomputed-offer');
      await offer.getByRole('button', { name: 'Use precomputed vectors (instant)' }).click();
      const alert = offer.getByRole('alert');
      await expect(alert).toContainText('The precomputed vectors could not be used: row ');
      await expect(alert).toContainText(message);
      await expect(progress(page)).toContainText('rows · not started');
      await expect(page.getByTestId('search-input')).toBeVisible();
      await page.getByTestId('search-input').fill('caring for patients at night');
      await expect(page.getByTestId('search-result')).toHaveCount(0);
    });
  }
});
