import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type RunningServer } from '../scripts/serve/staticServer.ts';
import { contentSecurityPolicy } from '../scripts/vite/security-headers.ts';
import { embedOnFirstPage, waitForBackend } from './support/app';

/**
 * The production build on a plain static server under a sub-path, as a school or GitHub Pages
 * would host it: once without any special headers (the service worker must make the page
 * cross-origin isolated) and once with the build's _headers file applied.
 */
const SUB_PATH = '/course/embedding-lab/';
const root = process.env.OUT_DIR ?? 'dist';
const mounts = { '/fixture-models': 'fixtures/models' };
const APP = `${SUB_PATH}?device=wasm&modelBase=/fixture-models&model=tiny-bert#/first-embedding`;

const isolated = (page: Page) => page.evaluate(() => self.crossOriginIsolated).catch(() => false);
const expectedThreads = (page: Page) => page.evaluate(() => Math.min(navigator.hardwareConcurrency, 8));

test.describe('A plain static host without headers (GitHub Pages)', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startStaticServer({ root, base: SUB_PATH, mounts });
  });
  test.afterAll(() => server.close());

  test('the service worker makes the page cross-origin isolated after one reload, and WASM gets its threads', async ({
    page,
  }) => {
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    const requests: string[] = [];
    page.context().on('request', (request) => requests.push(new URL(request.url()).pathname));

    const first = await page.goto(`${server.origin}${APP}`);
    expect(first?.headers()['cross-origin-embedder-policy']).toBeUndefined();
    await expect.poll(() => isolated(page), { timeout: 30_000 }).toBe(true);
    // The reloaded page is isolated as soon as its scripts run, a moment before its load event.
    await expect.poll(() => loads.length).toBe(2);
    expect(new URL(page.url()).hash).toBe('#/first-embedding');

    await waitForBackend(page, 'WASM');
    const threads = await expectedThreads(page);
    expect(threads).toBeGreaterThan(1);
    await expect(page.getByTestId('backend-status')).toContainText(`${threads} threads`);
    await embedOnFirstPage(page, 'Hosted on a plain static server');
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(`${server.origin}${SUB_PATH}`);
    // Workers, the WASM runtime and the service worker all stay under the sub-path.
    const outside = requests.filter((p) => !p.startsWith(SUB_PATH) && !p.startsWith('/fixture-models/'));
    expect(outside).toEqual([]);
    expect(requests).toContain(`${SUB_PATH}sw.js`);
    expect(requests.some((p) => p.startsWith(`${SUB_PATH}assets/ort-wasm-simd-threaded`))).toBe(true);

    // Later visits are isolated from the first byte: the service worker serves the page.
    await page.reload();
    expect(await isolated(page)).toBe(true);
    await expect.poll(() => loads.length).toBe(3);
  });
});

test.describe('A static host that applies the shipped _headers file', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startStaticServer({ root, base: SUB_PATH, mounts, applyHeadersFile: true });
  });
  test.afterAll(() => server.close());

  test('the page is isolated on the first load, with no reload, and carries the CSP', async ({ page }) => {
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));
    const first = await page.goto(`${server.origin}${APP}`);
    expect(first?.headers()['content-security-policy']).toBe(contentSecurityPolicy());
    expect(first?.headers()['cross-origin-opener-policy']).toBe('same-origin');
    expect(await isolated(page)).toBe(true);
    await waitForBackend(page, 'WASM');
    await embedOnFirstPage(page, 'Headers from the host');
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
    expect(loads).toHaveLength(1);
  });
});
