import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import {
  downloadJson,
  embedOnFirstPage,
  openApp,
  waitForBackend,
  vectorLength,
  type AppOptions,
  type VectorDownload,
} from './support/app';

// Runs in the "webgpu" project: Chromium with --enable-unsafe-webgpu (software adapter here).
const TEXT = 'WebGPU and WASM should agree';

async function vectorOn(page: Page, options: AppOptions, expected: 'WebGPU' | 'WASM') {
  await openApp(page, options);
  await waitForBackend(page, expected);
  await embedOnFirstPage(page, TEXT);
  await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
  return downloadJson<VectorDownload & { text: string }>(page, 'Download vector (JSON)');
}

test('Auto picks WebGPU when an adapter exists', async ({ page }) => {
  test.setTimeout(180_000);
  const runtimes: string[] = [];
  page
    .context()
    .on(
      'request',
      (request) => /ort-wasm-simd-threaded.*\.wasm$/.test(request.url()) && runtimes.push(request.url()),
    );
  const gpu = await vectorOn(page, { device: 'auto' }, 'WebGPU');
  // The WebGPU backend needs onnxruntime's asyncify build.
  expect(runtimes.length).toBeGreaterThan(0);
  expect(runtimes.every((url) => url.includes('asyncify'))).toBe(true);
  expect(gpu.device).toBe('webgpu');
  // fp16 when the adapter has shader-f16, fp32 otherwise.
  expect(['fp16', 'fp32']).toContain(gpu.dtype);
  expect(gpu.text).toBe(TEXT);
  expect(vectorLength(gpu.vector)).toBeCloseTo(1, 3);
  await expect(page.getByTestId('fallback-notice')).toHaveCount(0);
});

test('WebGPU and WASM give the same vector for the same text and dtype (1e-3)', async ({ page }) => {
  test.setTimeout(180_000);
  const gpu = await vectorOn(page, { device: 'webgpu', extra: { dtype: 'fp32' } }, 'WebGPU');
  await page.goto('about:blank');
  const cpu = await vectorOn(page, { device: 'wasm', extra: { dtype: 'fp32' } }, 'WASM');
  expect([gpu.device, cpu.device]).toEqual(['webgpu', 'wasm']);
  expect([gpu.text, cpu.text]).toEqual([TEXT, TEXT]);
  const worst = Math.max(...gpu.vector.map((x, i) => Math.abs(x - cpu.vector[i])));
  expect(worst).toBeLessThan(1e-3);
});

test('when WebGPU fails to start, the app switches to WASM and says so', async ({ page }) => {
  test.setTimeout(180_000);
  // The WebGPU session gets a broken model file; WASM's q8 file is untouched.
  await page.route(/fixture-models\/tiny-bert\/onnx\/model(_fp16)?\.onnx$/, (route) =>
    route.fulfill({ status: 200, body: 'not an onnx graph', contentType: 'application/octet-stream' }),
  );
  await openApp(page, { device: 'auto' });
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('backend-status')).toContainText('q8');
  await expect(page.getByTestId('fallback-notice')).toContainText('WebGPU failed to start');
  await embedOnFirstPage(page, TEXT);
  await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
});
