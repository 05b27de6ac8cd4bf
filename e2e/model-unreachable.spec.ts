import { expect, test } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

// Issue 14.1: with the model host unreachable, students met "WASM: failed to load" and endless waiting.
const LESSONS = [
  { path: '/what-is-an-embedding', heading: 'What is an embedding?', needsModel: false },
  { path: '/first-embedding', heading: 'Your first embedding', needsModel: true },
  { path: '/inside-the-model', heading: 'Inside the model', needsModel: true },
  { path: '/similarity', heading: 'Similarity', needsModel: true },
  { path: '/analogies', heading: 'Analogies', needsModel: true },
  { path: '/looking-at-embeddings', heading: 'Looking at embeddings', needsModel: true },
  { path: '/search', heading: 'Semantic search', needsModel: true },
  { path: '/pca-map', heading: 'Maps: PCA and UMAP', needsModel: true },
  { path: '/where-embeddings-are-used', heading: 'Where embeddings are used', needsModel: false },
];

test('model host unreachable: every lesson shows its content or a way forward; the network coming back is noticed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  let reachable = false;
  let configRequestedAt = 0;
  await page.route('**/fixture-models/**', (route) => {
    if (!reachable) return route.abort('internetdisconnected');
    if (route.request().url().endsWith('/config.json')) configRequestedAt ||= Date.now();
    return route.continue();
  });
  await openApp(page, { device: 'wasm', route: LESSONS[0].path });
  const badge = page.getByTestId('backend-status');
  await expect(badge).toHaveText('Model not downloaded');

  for (const lesson of LESSONS) {
    await page.evaluate((path) => (location.hash = `#${path}`), lesson.path);
    await expect(page.getByRole('heading', { level: 1, name: lesson.heading })).toBeVisible();
    const meanwhile = page.getByTestId('model-meanwhile');
    if (lesson.needsModel) {
      await expect(meanwhile).toContainText('This lesson needs the model');
      await expect(meanwhile.getByRole('link', { name: 'What is an embedding?' })).toBeVisible();
      await expect(meanwhile.getByRole('link', { name: 'Where embeddings are used' })).toBeVisible();
    } else {
      await expect(meanwhile).toHaveCount(0);
    }
    await expect(page.getByRole('alert')).toContainText('Could not download the model');
    await expect(badge).toHaveText('Model not downloaded');
  }

  // Retries back off: wait for the third plan (10 s), then bring the network back.
  await expect(page.getByTestId('auto-retry')).toContainText('10 s after this failure', { timeout: 30_000 });
  reachable = true;
  const backAt = Date.now();
  await page.context().setOffline(true);
  await page.context().setOffline(false); // fires `online` in the page
  await waitForBackend(page, 'WASM');
  // The load began on the `online` event, well before the planned 10 s were up.
  expect(configRequestedAt - backAt).toBeLessThan(8_000);
  await expect(page.getByTestId('model-meanwhile')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('?modelBase= pointing at a missing folder names the missing file and its URL', async ({
  page,
  baseURL,
}) => {
  await openApp(page, { device: 'wasm', model: 'Xenova/all-MiniLM-L6-v2', extra: { modelBase: '/models' } });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    `The model folder ${baseURL}/models/Xenova/all-MiniLM-L6-v2/ is missing or incomplete: config.json could not be downloaded (the host answered HTTP 404).`,
  );
  await expect(
    alert.getByText(`${baseURL}/models/Xenova/all-MiniLM-L6-v2/config.json`, { exact: true }),
  ).toBeVisible();
  await expect(alert).not.toContainText('tokenizer_class');
  await expect(page.getByTestId('backend-status')).toHaveText('Model not downloaded');
});

test('an incomplete model folder names the file that is missing', async ({ page, baseURL }) => {
  await page.route('**/fixture-models/tiny-bert/tokenizer_config.json', (route) =>
    route.fulfill({ status: 404, body: 'missing' }),
  );
  await openApp(page, { device: 'wasm' });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    `The model folder ${baseURL}/fixture-models/tiny-bert/ is missing or incomplete: tokenizer_config.json could not be downloaded (the host answered HTTP 404).`,
  );
  await expect(alert).not.toContainText('tokenizer_class');
});

test('a WebGPU failure gets no hint about hosting the model', async ({ page }) => {
  // This project's Chromium has no WebGPU adapter, so forcing WebGPU fails.
  await openApp(page, { device: 'webgpu' });
  await expect(page.getByRole('alert')).toContainText('WebGPU could not start.');
  await expect(page.getByTestId('backend-status')).toHaveText('WebGPU: failed to start');
  await expect(page.getByTestId('hosting-hint')).toHaveCount(0);
});
