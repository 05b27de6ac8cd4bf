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

// Issue 15.8, the dataset half: a stalled `?dataset=` download used to show "Embed 0 listings" forever.
test('a shared dataset that stops halfway is reported with Retry, keeps the built-in listings, and Retry loads it', async ({
  page,
}) => {
  const csv = 'label,text\n' + Array.from({ length: 400 }, (_, i) => `T${i},listing number ${i}`).join('\n');
  let stall = true;
  const csvServer = createServer((_request, response) => {
    response.writeHead(200, {
      'content-type': 'text/csv',
      'content-length': String(Buffer.byteLength(csv)),
      'access-control-allow-origin': '*',
    });
    if (stall) response.write(csv.slice(0, csv.length >> 1));
    else response.end(csv);
  });
  await new Promise<void>((resolve) => csvServer.listen(0, '127.0.0.1', resolve));
  const csvPort = (csvServer.address() as AddressInfo).port;
  try {
    // The page asks for a same-site path; the bytes come from the stalling server.
    await page.route('**/shared/stalled.csv', (route) =>
      route.continue({ url: `http://127.0.0.1:${csvPort}/stalled.csv` }),
    );
    await openApp(page, { route: '/search', extra: { dataset: '/shared/stalled.csv', stallTimeout: '3' } });
    // While it hangs, the download can be stopped.
    await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
    const error = page.getByTestId('dataset-error');
    await expect(error).toContainText('nothing arrived for 3 s. The host stopped sending.', {
      timeout: 30_000,
    });
    await expect(error).toContainText('/shared/stalled.csv');
    // The page falls back to the built-in listings instead of "Embed 0 listings".
    await expect(page.getByTestId('dataset-status')).toContainText(
      '348 listings loaded from “job-listings.csv” (the built-in sample)',
    );

    stall = false;
    await error.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByTestId('dataset-status')).toContainText('400 listings loaded from “stalled.csv”');
    await expect(page.getByTestId('dataset-error')).toHaveCount(0);
  } finally {
    csvServer.closeAllConnections();
    csvServer.close();
  }
});
