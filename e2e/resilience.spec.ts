import { expect, test } from '@playwright/test';
import { appUrl, openApp, waitForBackend } from './support/app';

/** Issue 15 items 5 and 11: bad saved values, broken panels, unknown routes, impossible ?threads=. */

const WORKSHOP_KEY = 'embedding-lab-workshop';

test.describe('A bad value in localStorage', () => {
  for (const [name, saved] of [
    [
      'ticks that are not lists',
      JSON.stringify({ state: { ticked: { '/similarity': 'oops', '/search': 5 } } }),
    ],
    ['text that is not JSON', '{"state": {"ticked": '],
  ]) {
    test(`(${name}) does not blank the page: the workshop starts with no ticks`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [WORKSHOP_KEY, saved]);
      await openApp(page, { route: '/similarity', extra: { workshop: '1' } });
      await waitForBackend(page, 'WASM');
      const checkpoint = page.getByTestId('workshop-checkpoint');
      await expect(checkpoint.getByRole('status')).toHaveText('0 of 3 done.');
      await checkpoint.getByRole('checkbox').first().check();
      await expect(checkpoint.getByRole('status')).toHaveText('1 of 3 done.');
      await expect(page.getByTestId('panel-error')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
});

test.describe('A lesson that fails', () => {
  // Without the service worker, so the blocked request really reaches the network.
  test.use({ serviceWorkers: 'block' });

  test('shows its error in place of the lesson; the header and other lessons keep working', async ({
    page,
  }) => {
    await page.route(/\/assets\/SimilarityPage-[^/]*\.js$/, (route) => route.abort());
    await openApp(page, { route: '/similarity' });
    const error = page.getByTestId('panel-error');
    await expect(error).toContainText('This lesson stopped working');
    await expect(error.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Analogies/ })).toBeVisible();
    await waitForBackend(page, 'WASM');

    await page.getByRole('link', { name: /Analogies/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Analogies');
    await expect(page.getByTestId('panel-error')).toHaveCount(0);
  });
});

test('an unknown route says "Page not found" with a link to lesson 1, instead of showing lesson 1', async ({
  page,
}) => {
  await openApp(page, { route: '/no-such-lesson' });
  const notFound = page.getByTestId('not-found');
  await expect(notFound.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(notFound).toContainText('There is no lesson at #/no-such-lesson.');
  await expect(page.getByRole('heading', { name: 'What is an embedding?' })).toHaveCount(0);
  await expect(page.locator('nav a[aria-current="page"]')).toHaveCount(0);

  await notFound.getByRole('link', { name: /Start with lesson 1/ }).click();
  await expect(page).toHaveURL(/#\/what-is-an-embedding$/);
  await expect(page.getByTestId('not-found')).toHaveCount(0);
});

test('?threads= above the core count is clamped to the cores, and the page says so', async ({ page }) => {
  await openApp(page);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency);
  const asked = cores + 1;
  await page.goto(appUrl({ extra: { threads: String(asked) } }));
  await expect(page.getByTestId('settings-notice')).toHaveText(
    `The address asks for ${asked} threads, but this device has ${cores} cores; using ${Math.min(cores, 16)}.`,
  );
  await waitForBackend(page, 'WASM');
  const used = Math.min(cores, 16);
  await expect(page.getByTestId('backend-status')).toContainText(`WASM · q8 · ${used} thread`);
});
