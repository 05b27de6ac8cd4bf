import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { appUrl, embedOnFirstPage, openApp, waitForBackend } from './support/app';

/** The built-in dataset's first listing, read here independently of the app's CSV code. */
const [, FIRST_LISTING] = Papa.parse<string[]>(readFileSync('public/data/job-listings.csv', 'utf8'), {
  skipEmptyLines: true,
}).data;
const ROWS = 20;
/**
 * The app shell the built service worker precaches (its `shell` list in dist/sw.js). The minifier
 * writes a long list as one string it splits at commas, a short one as an array literal.
 */
const shellList = /shell:(?:\[([^\]]*)\]|`([^`]*)`\.split)/.exec(
  readFileSync(`${process.env.OUT_DIR ?? 'dist'}/sw.js`, 'utf8'),
)!;
const SHELL_FILES = (shellList[1] ?? shellList[2]).split(',').length;

test.describe('Offline after one visit', () => {
  test('says "Not yet offline" until the model files are stored', async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/fixture-models/**', async (route) => {
      await held;
      await route.continue();
    });
    await openApp(page);
    const badge = page.getByTestId('offline-badge');
    await expect(badge).toContainText('Not yet offline');
    await badge.getByText('Not yet offline').click();
    await expect(badge).toContainText('Model files: stored once the model has loaded.');
    release();
    await waitForBackend(page, 'WASM');
    await expect(badge).toContainText('Ready offline');
    await expect(badge).toContainText('Model files (tiny-bert, q8): all 4 stored.');
    // The shell and the one runtime build WASM loads; the WebGPU build is not needed offline here.
    await expect(badge).toContainText(`App files: all ${SHELL_FILES + 1} stored in this browser.`);
  });

  test('once "Ready offline", a reload with the network off still embeds', async ({ page, context }) => {
    await openApp(page);
    await waitForBackend(page, 'WASM');
    await expect(page.getByTestId('offline-badge')).toContainText('Ready offline');

    await context.setOffline(true);
    const probe = () =>
      fetch('/fixture-models/tiny-bert/config.json', { cache: 'no-store' }).then(
        () => 'online',
        () => 'offline',
      );
    expect(await page.evaluate(probe)).toBe('offline');

    await page.reload();
    await waitForBackend(page, 'WASM');
    await expect(page.getByTestId('backend-status')).toContainText(/\d+ threads?/);
    await embedOnFirstPage(page, 'No network, same vectors');
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
    await expect(page.getByTestId('offline-badge')).toContainText('Ready offline');
    expect(await page.evaluate(probe)).toBe('offline');
  });

  test('offline, the search page searches the built-in dataset and the PCA map draws', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await openApp(page);
    await waitForBackend(page, 'WASM');
    await expect(page.getByTestId('offline-badge')).toContainText('Ready offline');
    await context.setOffline(true);

    await page.goto(appUrl({ route: '/search', extra: { rows: String(ROWS) } }));
    await waitForBackend(page, 'WASM');
    await expect(page.getByTestId('dataset-status')).toContainText('listings loaded from “job-listings.csv”');
    await expect(page.getByTestId('embed-progress')).toContainText(`${ROWS} / ${ROWS} rows`, {
      timeout: 60_000,
    });
    await page.getByTestId('search-input').fill(FIRST_LISTING[2]);
    const best = page.getByTestId('search-result').first();
    await expect(best).toHaveAttribute('data-row-index', FIRST_LISTING[0]);
    await expect(best).toContainText('cosine 1.000');

    await page.goto(appUrl({ route: '/pca-map', extra: { rows: String(ROWS) } }));
    await waitForBackend(page, 'WASM');
    await expect(page.getByTestId('explained-variance')).toBeVisible({ timeout: 120_000 });
    await expect(page.locator('figure.scatter')).toHaveAttribute('data-points', String(ROWS));
  });
});
