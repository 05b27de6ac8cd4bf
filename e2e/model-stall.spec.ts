import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

// Issue 15.8: a model file that stops halfway used to show "1.7 MB / 3.4 MB" forever.
const WEIGHTS = '**/fixture-models/tiny-bert/onnx/model_quantized.onnx';

let server: Server;
let port = 0;

test.beforeAll(async () => {
  const whole = await readFile('fixtures/models/tiny-bert/onnx/model_quantized.onnx');
  // Sends the headers and half the file, then nothing, and never closes.
  server = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'application/octet-stream',
      'content-length': String(whole.length),
      'access-control-allow-origin': '*',
      'cross-origin-resource-policy': 'cross-origin',
    });
    response.write(whole.subarray(0, whole.length >> 1));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

test.afterAll(() => {
  server.closeAllConnections();
  server.close();
});

test('a download that stops halfway is reported, with Retry and Cancel, and Retry loads once it flows', async ({
  page,
}) => {
  // The browser sees its usual URL; the bytes come from the stalling server.
  await page.route(WEIGHTS, (route) =>
    route.continue({ url: `http://127.0.0.1:${port}/model_quantized.onnx` }),
  );
  await openApp(page, { device: 'wasm', extra: { stallTimeout: '3' } });
  const panel = page.getByTestId('model-panel');
  await expect(panel).toContainText(/onnx\/model_quantized\.onnx\s*1\.7 MB \/ 3\.4 MB/);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The model download stopped: nothing has arrived for a while.');
  await expect(alert).toContainText('stopped at 1.7 MB of 3.4 MB: nothing arrived for 3 s.');
  await expect(page.getByTestId('backend-status')).toHaveText('Model not downloaded');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();

  await alert.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(panel).toContainText('Model download cancelled.');

  await page.unroute(WEIGHTS);
  await page.getByRole('button', { name: 'Download the model' }).click();
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
});
