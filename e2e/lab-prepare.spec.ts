/**
 * `npm run lab:prepare` end to end: the command makes a lab folder from the fixture model, `lab:check`
 * finds it complete (and names a missing file), the folder is served by the project's static server,
 * and the app works from it with no other host reachable: its default model, instant search.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startStaticServer, type RunningServer } from '../scripts/serve/staticServer.ts';
import { embedOnFirstPage, waitForBackend } from './support/app';

const MODEL_FILE = 'site/models/tiny-bert/onnx/model_quantized.onnx';
let lab: string;
let server: RunningServer;

test.use({ serviceWorkers: 'block' }); // so page.route sees every request
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  lab = path.join(mkdtempSync(path.join(os.tmpdir(), 'lab-prepare-')), 'lab');
  execFileSync(
    'npx',
    ['tsx', 'scripts/lab/prepare.ts', '--out', lab, '--model-dir', 'fixtures/models', '--model', 'tiny-bert'],
    { stdio: 'pipe', timeout: 280_000 },
  );
  server = await startStaticServer({ root: path.join(lab, 'site'), base: '/', applyHeadersFile: true });
});

test.afterAll(async () => {
  await server?.close();
  if (lab) rmSync(path.dirname(lab), { recursive: true, force: true });
});

const labCheck = () => spawnSync('npx', ['tsx', 'scripts/lab/check.ts', lab], { encoding: 'utf8' });

test('lab:prepare names the files a model folder lacks, and makes nothing', () => {
  const out = path.join(path.dirname(lab), 'not-made');
  const run = spawnSync(
    'npx',
    [
      'tsx',
      'scripts/lab/prepare.ts',
      '--out',
      out,
      '--model-dir',
      'fixtures/models',
      '--model',
      'no-such-model',
    ],
    { encoding: 'utf8' },
  );
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('fixtures/models/no-such-model lacks config.json');
  expect(run.stderr).toContain('onnx/model_quantized.onnx');
  expect(existsSync(out)).toBe(false);
});

test('lab:check finds the folder complete, and names a file that goes missing', () => {
  const complete = labCheck();
  expect(complete.status).toBe(0);
  expect(complete.stdout).toContain('is complete');

  renameSync(path.join(lab, MODEL_FILE), path.join(lab, `${MODEL_FILE}.away`));
  try {
    const broken = labCheck();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`missing: ${MODEL_FILE}`);
  } finally {
    renameSync(path.join(lab, `${MODEL_FILE}.away`), path.join(lab, MODEL_FILE));
  }
});

test('served from the folder, the app uses its own model and precomputed vectors, and asks no other host', async ({
  page,
}) => {
  const elsewhere: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === server.origin) return route.continue();
    elsewhere.push(url);
    return route.abort('internetdisconnected');
  });

  // No model parameters: the build's default is the folder's model, served from ./models.
  await page.goto(`${server.origin}/?device=wasm#/first-embedding`);
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('backend-status')).toContainText('tiny-bert');
  await embedOnFirstPage(page, 'A lab without internet');
  await expect(page.getByTestId('vector-norm')).toHaveText('1.000');

  await page.goto(`${server.origin}/?device=wasm#/search`);
  const offer = page.getByTestId('precomputed-offer');
  await expect(offer).toContainText('tiny-bert, q8', { timeout: 60_000 });
  await offer.getByRole('button', { name: 'Use precomputed vectors (instant)' }).click();
  await expect(page.getByTestId('embed-progress')).toContainText('precomputed, 0 embedded in this browser');
  await page.getByTestId('search-input').fill('nurse');
  await expect(page.getByTestId('search-result').first()).toBeVisible();
  expect(elsewhere).toEqual([]);
});
