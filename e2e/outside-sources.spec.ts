import { expect, test } from '@playwright/test';
import { appUrl, openApp, waitForBackend } from './support/app';

// Issue 15.3: a link naming another host's model, dataset or vectors is said plainly before anything loads.
const FOREIGN_DATASET = 'https://data.example/listings.csv';
const FOREIGN_MODELS = 'https://models.example/hf';

test('a link with outside addresses names them and loads nothing until the student agrees', async ({
  page,
}) => {
  const requested: { url: string; at: number }[] = [];
  page.context().on('request', (request) => requested.push({ url: request.url(), at: Date.now() }));
  await openApp(page, {
    route: '/search',
    extra: { dataset: FOREIGN_DATASET, precomputed: 'https://vectors.example/manifest.json' },
  });
  const notice = page.getByRole('region', { name: 'This link loads files from outside this site' });
  await expect(notice).toBeVisible();
  const sources = page.getByTestId('outside-sources');
  await expect(sources).toContainText(`Dataset${FOREIGN_DATASET}`);
  await expect(sources).toContainText('Precomputed vectorshttps://vectors.example/manifest.json');
  // Nothing is used yet: no lesson, no backend.
  await expect(page.getByTestId('backend-status')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);

  const agreedAt = Date.now();
  await page.getByRole('button', { name: 'Use these addresses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Semantic search' })).toBeVisible();
  await waitForBackend(page, 'WASM');
  // Model files were asked for only after the click (the service worker may store the site's own sample earlier).
  const used = requested.filter(({ url }) => new URL(url).pathname.startsWith('/fixture-models/'));
  expect(used.length).toBeGreaterThan(0);
  expect(used.filter(({ at }) => at < agreedAt)).toEqual([]);
  // The policy still blocks the foreign host; the page says the download failed.
  await expect(page.getByTestId('dataset-error')).toContainText('listings.csv');
  // Agreed once per tab: a reload does not ask again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Semantic search' })).toBeVisible();
});

test("'Use this site's own model and data' drops the outside addresses and keeps the rest", async ({
  page,
}) => {
  await page.goto(appUrl({ route: '/first-embedding', extra: { modelBase: FOREIGN_MODELS, workshop: '1' } }));
  await expect(page.getByTestId('outside-sources')).toContainText(`Model files from${FOREIGN_MODELS}`);
  await expect(page.getByTestId('outside-sources')).toContainText('Modeltiny-bert');
  await page.getByRole('link', { name: 'Use this site’s own model and data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your first embedding' })).toBeVisible();
  const url = new URL(page.url());
  expect(url.searchParams.has('modelBase')).toBe(false);
  expect(url.searchParams.has('model')).toBe(false);
  expect(url.searchParams.get('workshop')).toBe('1');
  expect(url.hash).toBe('#/first-embedding');
});

test('same-site model files need no confirmation, and the class link names outside addresses it carries', async ({
  page,
}) => {
  await openApp(page, { extra: { workshop: '1' } });
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('class-link-sources')).toHaveCount(0);

  await page.goto(appUrl({ extra: { workshop: '1', dataset: FOREIGN_DATASET } }));
  await page.getByRole('button', { name: 'Use these addresses' }).click();
  await expect(page.getByTestId('class-link-sources')).toContainText(`dataset=${FOREIGN_DATASET}`);
  await expect(page.getByTestId('class-link-sources')).toContainText('each student is asked to confirm');
});
