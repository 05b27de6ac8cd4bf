import { expect, test } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

test.describe('Model download failures', () => {
  test('the server answers 404 (not the app page) for a missing model file', async ({ request }) => {
    const missing = await request.get('/fixture-models/no-such-model/config.json');
    expect(missing.status()).toBe(404);
    const present = await request.get('/fixture-models/tiny-bert/config.json');
    expect(present.status()).toBe(200);
  });

  test('a missing model shows the failed URL, and Retry works once the files appear', async ({
    page,
    baseURL,
  }) => {
    // Files "appear" when the route stops answering 404.
    let filesPresent = false;
    await page.route('**/fixture-models/tiny-bert/**', (route) =>
      filesPresent ? route.continue() : route.fulfill({ status: 404, body: 'missing' }),
    );
    await openApp(page, { device: 'wasm' });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(`A model file is missing on ${new URL(baseURL!).host}`);
    await expect(alert).toContainText('/fixture-models/tiny-bert/');
    await expect(alert).toContainText('?modelBase=');
    await expect(page.getByTestId('backend-status')).toHaveText('Model not downloaded');

    filesPresent = true;
    await page.getByRole('button', { name: 'Retry' }).click();
    await waitForBackend(page, 'WASM');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
  });

  test('an unreachable host is named in the message', async ({ page, baseURL }) => {
    await page.route('**/fixture-models/**', (route) => route.abort('internetdisconnected'));
    await openApp(page, { device: 'wasm' });
    await expect(page.getByRole('alert')).toContainText(
      `Could not download the model from ${new URL(baseURL!).host}`,
    );
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });
});
