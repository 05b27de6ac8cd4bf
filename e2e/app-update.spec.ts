import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type RunningServer } from '../scripts/serve/staticServer.ts';

/**
 * Issue 15 item 9: a redeploy while a student has the app. The build is copied to a folder a static
 * host serves; "deploying" a new version rewrites its index.html (a visible stamp) and sw.js (a new
 * cache version), which is what a real deploy changes for the service worker.
 */
const root = process.env.OUT_DIR ?? 'dist';
const APP = '/?device=wasm&modelBase=/fixture-models&model=tiny-bert#/first-embedding';

let site: string;
let server: RunningServer;

function deploy(stamp: string): void {
  const html = readFileSync(path.join(root, 'index.html'), 'utf8');
  writeFileSync(
    path.join(site, 'index.html'),
    html.replace('</head>', `<meta name="deploy-stamp" content="${stamp}"></head>`),
  );
  const sw = readFileSync(path.join(root, 'sw.js'), 'utf8');
  const stamped = sw.replace(
    /version:(["`])([0-9a-f]+)\1/,
    (_, quote, version) => `version:${quote}${version}-${stamp}${quote}`,
  );
  if (stamped === sw) throw new Error('No cache version found in sw.js');
  writeFileSync(path.join(site, 'sw.js'), stamped);
}

const stampOf = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="deploy-stamp"]')?.getAttribute('content'));

test.beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'embedding-lab-update-'));
  cpSync(root, site, { recursive: true });
  deploy('v1');
  server = await startStaticServer({
    root: site,
    mounts: { '/fixture-models': 'fixtures/models' },
    applyHeadersFile: true,
  });
});

test.afterAll(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

test('after a redeploy the student is told a new version is ready, and the app never goes back to the old one', async ({
  page,
  context,
}) => {
  await page.goto(`${server.origin}${APP}`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  expect(await stampOf(page)).toBe('v1');

  deploy('v2');
  await page.reload();
  const shownOnline = await stampOf(page);
  // The new version installs beside the running one (it needs the network for that), then waits.
  const notice = page.getByTestId('update-notice');
  await expect(notice).toContainText('A new version of Embedding Lab is ready');

  await context.setOffline(true);
  await page.reload();
  // Going offline in the same visit must not bring back an older shell than the one just shown.
  expect(await stampOf(page)).toBe(shownOnline);
  // The new version waits for the student's click: the same shell online and offline, and a notice.
  expect(shownOnline).toBe('v1');
  await expect(notice).toContainText('A new version of Embedding Lab is ready');

  await notice.getByRole('button', { name: 'Update now' }).click();
  await expect.poll(() => stampOf(page).catch(() => undefined), { timeout: 30_000 }).toBe('v2');
  await expect(page.getByTestId('update-notice')).toHaveCount(0);

  await page.reload();
  expect(await stampOf(page)).toBe('v2');
  await context.setOffline(false);
  await page.reload();
  expect(await stampOf(page)).toBe('v2');
});
