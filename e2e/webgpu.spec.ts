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

/** Records requests for onnxruntime's WebGPU (asyncify) runtime: a sign that WebGPU was started. */
function watchGpuRuntime(page: Page): string[] {
  const seen: string[] = [];
  page
    .context()
    .on(
      'request',
      (request) =>
        /ort-wasm-simd-threaded\.asyncify.*\.wasm$/.test(request.url()) && seen.push(request.url()),
    );
  return seen;
}

/** Chromium's software adapter says it is a fallback; hiding that makes the app measure it instead. */
async function hideFallbackFlag(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(GPUAdapterInfo.prototype, 'isFallbackAdapter', { get: () => false });
  });
}

test('Auto on a software (fallback) adapter goes straight to WASM and says why', async ({ page }) => {
  const gpuRuntime = watchGpuRuntime(page);
  await openApp(page, { device: 'auto' });
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('backend-reason')).toHaveText(
    'WebGPU here is a software adapter (no graphics card): using WASM',
  );
  expect(gpuRuntime).toEqual([]);
});

test('Auto measures WebGPU against WASM, keeps WASM here, says why, and a reload reuses the decision', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await hideFallbackFlag(page);
  const gpuRuntime = watchGpuRuntime(page);
  await openApp(page, { device: 'auto' });
  const reason = page.getByTestId('backend-reason');
  await expect(reason).toHaveText(/^WebGPU measured [\d.]+× slower than WASM here: using WASM$/, {
    timeout: 120_000,
  });
  await waitForBackend(page, 'WASM');
  expect(gpuRuntime.length).toBeGreaterThan(0); // WebGPU really ran before it was measured
  await embedOnFirstPage(page, TEXT);
  await expect(page.getByTestId('vector-norm')).toHaveText('1.000');

  gpuRuntime.length = 0;
  await page.reload();
  await waitForBackend(page, 'WASM');
  await expect(reason).toContainText('slower than WASM here: using WASM (measured earlier');
  expect(gpuRuntime).toEqual([]); // no second measurement

  await page.getByRole('button', { name: 'Measure again' }).click();
  await expect(reason).toHaveText(/^WebGPU measured [\d.]+× slower than WASM here: using WASM$/, {
    timeout: 120_000,
  });
  expect(gpuRuntime.length).toBeGreaterThan(0);
});

test('device=webgpu still runs WebGPU; it and WASM give the same vector for the same text and dtype (1e-3)', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const gpu = await vectorOn(page, { device: 'webgpu', extra: { dtype: 'fp32' } }, 'WebGPU');
  await page.goto('about:blank');
  const cpu = await vectorOn(page, { device: 'wasm', extra: { dtype: 'fp32' } }, 'WASM');
  expect([gpu.device, cpu.device]).toEqual(['webgpu', 'wasm']);
  expect(vectorLength(gpu.vector)).toBeCloseTo(1, 3);
  expect([gpu.text, cpu.text]).toEqual([TEXT, TEXT]);
  const worst = Math.max(...gpu.vector.map((x, i) => Math.abs(x - cpu.vector[i])));
  expect(worst).toBeLessThan(1e-3);
});

test('when WebGPU fails to start, the app switches to WASM and says so', async ({ page }) => {
  test.setTimeout(180_000);
  await hideFallbackFlag(page);
  // The WebGPU session gets a broken model file; WASM's q8 file is untouched.
  await page.route(/fixture-models\/tiny-bert\/onnx\/model(_fp16)?\.onnx$/, (route) =>
    route.fulfill({ status: 200, body: 'not an onnx graph', contentType: 'application/octet-stream' }),
  );
  await openApp(page, { device: 'auto' });
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('backend-status')).toContainText('q8');
  await expect(page.getByTestId('backend-reason')).toContainText('WebGPU failed to start');
  await embedOnFirstPage(page, TEXT);
  await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
});
