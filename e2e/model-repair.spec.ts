import { expect, test, type Request } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

// Issue 15.1: a cut-off model file (from the host, or in the browser's store) used to block every load for good.
const WEIGHTS = /\/fixture-models\/tiny-bert\/onnx\/model_quantized\.onnx$/;
/** A whole-file download, not transformers.js' one-byte `Range` probe for the file's size. */
const isDownload = (request: Request) => request.method() === 'GET' && !request.headers()['range'];

test.describe('Damaged model files', () => {
  test('a truncated 200 response: downloaded once more, then the broken file is named with a way out', async ({
    page,
  }) => {
    let truncate = true;
    let downloads = 0;
    await page.route(WEIGHTS, async (route) => {
      if (isDownload(route.request())) downloads++;
      if (!truncate) return route.continue();
      const whole = await (await route.fetch()).body();
      await route.fulfill({
        status: 200,
        contentType: 'application/octet-stream',
        body: whole.subarray(0, whole.length >> 1),
      });
    });
    await openApp(page, { device: 'wasm' });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'The model file onnx/model_quantized.onnx is damaged, even after downloading it again.',
    );
    await expect(alert.getByText(/\/fixture-models\/tiny-bert\/onnx\/model_quantized\.onnx$/)).toBeVisible();
    await expect(page.getByTestId('backend-status')).toHaveText('Model file damaged');
    expect(downloads).toBe(2);

    truncate = false;
    await page.getByRole('button', { name: 'Clear the stored model and retry' }).click();
    await waitForBackend(page, 'WASM');
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
    expect(downloads).toBe(3);
  });

  test('a cut-off copy in transformers-cache is evicted and downloaded again', async ({ page }) => {
    await openApp(page, { device: 'wasm' });
    await waitForBackend(page, 'WASM');
    // Damage the stored copy as an interrupted write would: half the bytes under the original headers.
    const storedBytes = () =>
      page.evaluate(async () => {
        const cache = await caches.open('transformers-cache');
        const key = (await cache.keys()).find((r) => r.url.endsWith('/onnx/model_quantized.onnx'));
        const stored = key && (await cache.match(key));
        return stored ? (await stored.arrayBuffer()).byteLength : 0;
      });
    const whole = await storedBytes();
    expect(whole).toBeGreaterThan(0);
    await page.evaluate(async () => {
      const cache = await caches.open('transformers-cache');
      const key = (await cache.keys()).find((r) => r.url.endsWith('/onnx/model_quantized.onnx'))!;
      const stored = (await cache.match(key))!;
      const bytes = await stored.arrayBuffer();
      await cache.put(key, new Response(bytes.slice(0, bytes.byteLength >> 1), { headers: stored.headers }));
    });
    expect(await storedBytes()).toBe(whole >> 1);

    let downloads = 0;
    page.context().on('request', (r) => WEIGHTS.test(r.url()) && isDownload(r) && downloads++);
    await page.reload();
    await waitForBackend(page, 'WASM');
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
    expect(downloads).toBe(1);
    expect(await storedBytes()).toBe(whole);
  });
});
