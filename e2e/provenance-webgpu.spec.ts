import { expect, test } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

// Runs in the "webgpu" project (its name matches /webgpu\.spec\.ts/): Chromium's software adapter.
// Software WebGPU is slow on long texts: five short listings, served by the test itself.
const CSV =
  'title,description\nNurse,night nurse\nChef,cooks food\nPilot,flies planes\nBaker,bakes bread\nJudge,rules in court\n';
const ROWS = 5;

test('after a switch from WebGPU to WASM (q8), search and the map refuse the old vectors and offer to re-embed', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.route('**/short-listings.csv', (route) =>
    route.fulfill({ status: 200, body: CSV, contentType: 'text/csv' }),
  );
  await openApp(page, {
    device: 'webgpu',
    route: '/search',
    extra: { rows: String(ROWS), dataset: 'short-listings.csv' },
  });
  await waitForBackend(page, 'WebGPU');
  // fp16 when the adapter has shader-f16, fp32 otherwise: never q8 on WebGPU.
  const gpuDtype = (await page.getByTestId('backend-status').innerText()).match(/fp16|fp32/)?.[0];
  expect(gpuDtype).toBeDefined();
  await expect(page.getByTestId('embed-progress')).toContainText(`${ROWS} / ${ROWS} rows`, {
    timeout: 120_000,
  });
  await page.getByTestId('search-input').fill('caring for patients');
  await expect(page.getByTestId('search-result').first()).toBeVisible();

  await page.getByLabel('Backend').selectOption('wasm');
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('backend-status')).toContainText('q8');

  // Search: no ranking of a q8 query among the WebGPU vectors, and it says why.
  const notice = page.getByTestId('provenance-notice');
  await expect(notice).toContainText(`(${gpuDtype}, WebGPU); the model is now`);
  await expect(notice).toContainText('(q8, WASM)');
  await expect(page.getByTestId('search-result')).toHaveCount(0);

  // The map refuses the same vectors.
  await page
    .getByRole('link', { name: /Maps: PCA and UMAP/ })
    .first()
    .click();
  await expect(page.getByTestId('provenance-notice')).toContainText('(q8, WASM)');
  await expect(page.getByTestId('explained-variance')).toHaveCount(0);

  // Re-embedding with the running model brings the map (and search) back.
  await page.getByRole('button', { name: `Embed ${ROWS} listings again` }).click();
  await expect(page.getByTestId('explained-variance')).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('map-source')).toContainText('(q8)');
  await expect(page.getByTestId('provenance-notice')).toHaveCount(0);
  await page
    .getByRole('link', { name: /Semantic search/i })
    .first()
    .click();
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  await expect(page.getByTestId('provenance-notice')).toHaveCount(0);
});
