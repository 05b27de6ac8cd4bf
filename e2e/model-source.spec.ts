import { expect, test } from '@playwright/test';
import { appUrl, embedOnFirstPage, openApp, waitForBackend } from './support/app';

test.describe('Model source and caching', () => {
  test('a full-URL modelBase loads the same way as a same-origin path', async ({ page, baseURL }) => {
    await page.goto(appUrl({ extra: { modelBase: `${baseURL}/fixture-models` } }));
    await waitForBackend(page, 'WASM');
    await embedOnFirstPage(page, 'mirror');
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
  });

  test('everything, including the WASM runtime, comes from the app origin; a reload downloads no model file', async ({
    page,
    baseURL,
  }) => {
    const requested: string[] = [];
    page.context().on('request', (request) => requested.push(request.url()));
    await openApp(page);
    await waitForBackend(page, 'WASM');
    // WASM loads the runtime build without asyncify (half the size); only WebGPU needs asyncify.
    const runtimes = requested.filter((url) => /ort-wasm-simd-threaded.*\.wasm$/.test(url));
    expect(runtimes.length).toBeGreaterThan(0);
    expect(runtimes.filter((url) => url.includes('asyncify'))).toEqual([]);
    expect(
      requested.filter(
        (url) => !url.startsWith(baseURL!) && !url.startsWith('blob:') && !url.startsWith('data:'),
      ),
    ).toEqual([]);

    requested.length = 0;
    await page.reload();
    await waitForBackend(page, 'WASM');
    expect(requested.filter((url) => url.includes('/fixture-models/'))).toEqual([]);
  });

  test('shows one progress bar per file while downloading, then the time it took', async ({ page }) => {
    // Slow the model files down so the progress list is on screen long enough to read.
    await page.route('**/fixture-models/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      await route.continue();
    });
    // The model file can be listed for less than one poll of expect(), so record every file name the
    // progress list ever shows instead of sampling it.
    await page.addInitScript(() => {
      const seen = new Set<string>();
      (window as unknown as { filesWithBars: Set<string> }).filesWithBars = seen;
      new MutationObserver(() => {
        for (const row of document.querySelectorAll('.file-bars li')) {
          const name = row.querySelector('.file-name')?.textContent;
          if (name && row.querySelector('progress')) seen.add(name);
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await openApp(page);
    const panel = page.getByTestId('model-panel');
    await expect(panel).toContainText('Downloading the model');
    await expect(panel.getByRole('progressbar').first()).toBeVisible();
    await waitForBackend(page, 'WASM');
    await expect(page.getByTestId('ready-line')).toContainText(/Model ready in \d+\.\d s/);
    await expect(page.getByTestId('fixture-notice')).toContainText('random weights');
    const filesWithBars = await page.evaluate(() => [
      ...(window as unknown as { filesWithBars: Set<string> }).filesWithBars,
    ]);
    expect(filesWithBars).toEqual(
      expect.arrayContaining([
        'onnx/model_quantized.onnx',
        'config.json',
        'tokenizer.json',
        'tokenizer_config.json',
      ]),
    );
  });
});
