import { expect, test, type Page } from '@playwright/test';
import { appUrl, openApp, waitForBackend } from './support/app';
import { clearServerReports, recordViolations, type Violation } from './support/csp';

/**
 * Hostile URL parameters, hash routes and CSV cells: each payload tries to set `window.__xss` or
 * open a dialog. Nothing may run, no element from a payload may reach the DOM, text the app
 * repeats is shown verbatim, the app stays alive, and nothing is requested from another host.
 */

const IMG_PAYLOAD = '<img src=x onerror="window.__xss=1">';
const SCRIPT_PAYLOAD = '"><script>window.__xss=2</script>';
const JS_URL = 'javascript:window.__xss=3';
const HTML_DATA_URL = 'data:text/html,<script>window.__xss=11</script>';
/** Addresses that must never be fetched or run. */
const SCRIPT_URLS = [
  { url: JS_URL, label: 'javascript:' },
  { url: HTML_DATA_URL, label: 'data:text/html' },
] as const;
/** Addresses the app must refuse before any request: the ones above, and one that does not parse. */
const UNFETCHABLE_URLS = [...SCRIPT_URLS, { url: 'http://[', label: 'an unparsable address' }] as const;
const BUILT_IN_LOADED = /\d+ listings loaded from “job-listings\.csv” \(the built-in sample\)/;

interface Watch {
  dialogs: string[];
  /** Every http(s) request the page or its workers made to a host other than the app's. */
  offsite: string[];
  /** Every URL requested, for checks that the listener does see the workers' requests. */
  requested: string[];
  violations: () => Promise<Violation[]>;
}

/** Starts watching before the first navigation: dialogs, requests and the document's CSP violations. */
async function watch(page: Page, appOrigin: string): Promise<Watch> {
  const dialogs: string[] = [];
  const offsite: string[] = [];
  const requested: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.context().on('request', (request) => {
    const url = request.url();
    requested.push(url);
    if (/^https?:/i.test(url) && new URL(url).origin !== appOrigin) offsite.push(url);
  });
  return { dialogs, offsite, requested, violations: await recordViolations(page) };
}

/** Nothing ran, no payload element exists, only the app's own module script is on the page. */
async function expectNothingInjected(page: Page, seen: Watch): Promise<void> {
  expect(seen.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onclick], [onload]')).toHaveCount(0);
  const scripts = await page.locator('script').evaluateAll((elements) =>
    elements.map((element) => ({
      src: (element as HTMLScriptElement).src,
      inline: element.textContent ?? '',
    })),
  );
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(script.src).toMatch(new RegExp(`^${new URL(page.url()).origin}/assets/index-[\\w-]+\\.js$`));
    expect(script.inline).toBe('');
  }
}

/** The page rendered: the header with the backend badge and a lesson heading. */
async function expectAlive(page: Page, lessonHeading: string): Promise<void> {
  await expect(page.getByRole('banner').getByRole('link', { name: 'Embedding Lab' })).toBeVisible();
  await expect(page.getByTestId('backend-status')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: lessonHeading })).toBeVisible();
}

test.describe('Hostile URL parameters and CSV cells', () => {
  let seen: Watch;

  test.beforeEach(async ({ page, baseURL }) => {
    await clearServerReports(page);
    seen = await watch(page, new URL(baseURL!).origin);
  });

  test.afterEach(async ({ page }) => {
    await expectNothingInjected(page, seen);
    expect(seen.offsite).toEqual([]);
  });

  test('the document carries a policy without unsafe-inline, and it blocks markup that gets into the page', async ({
    page,
  }) => {
    const response = await page.goto(appUrl());
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    await waitForBackend(page, 'WASM');
    // The app's own code breaks no rule...
    expect(await seen.violations()).toEqual([]);
    // ...and a payload that reached the DOM some other way would still not run: its handler is blocked and reported.
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), IMG_PAYLOAD);
    await expect.poll(seen.violations).toContainEqual({ directive: 'script-src-attr', blocked: 'inline' });
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    await page.locator('img[src="x"]').evaluate((img) => img.remove());
  });

  test('?model= with markup: a load error, no element, no script', async ({ page }) => {
    await openApp(page, { model: IMG_PAYLOAD });
    await expect(page.getByRole('alert')).toContainText('The model could not be loaded.');
    await expect(page.getByRole('alert')).toContainText(`“${IMG_PAYLOAD}” is not a model id`);
    await expect(page.getByTestId('backend-status')).toHaveText('Model not loaded');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
    await expectAlive(page, 'Your first embedding');
    expect(await seen.violations()).toEqual([]);
  });

  for (const { url, label } of UNFETCHABLE_URLS) {
    test(`?modelBase=${label}… loads nothing, runs nothing, and the error names it`, async ({ page }) => {
      await openApp(page, { extra: { modelBase: url } });
      await expect(page.getByRole('alert')).toContainText('The model could not be loaded.');
      await expect(page.getByRole('alert')).toContainText(`“${url}” is not a place to load a model from`);
      await expect(page.getByTestId('backend-status')).toHaveText('Model not loaded');
      await expectAlive(page, 'Your first embedding');
      expect(await seen.violations()).toEqual([]);
    });
  }

  test('?modelBase= on a foreign host: the policy refuses the download, the error names the host and URL', async ({
    page,
  }) => {
    const foreign = 'https://evil.example/models';
    await openApp(page, { extra: { modelBase: foreign } });
    await expect(page.getByTestId('outside-sources')).toContainText(foreign);
    await page.getByRole('button', { name: 'Use these addresses' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'Could not download the model from evil.example: you may be offline, or the host is blocked.',
    );
    await expect(
      alert.getByText(`${foreign}/tiny-bert/tokenizer_config.json`, { exact: true }),
    ).toBeVisible();
    await expectAlive(page, 'Your first embedding');
    // The fetch failed without a request leaving the browser (afterEach: no offsite request), so the
    // policy refused it; a host that merely does not resolve would show up as a request. The
    // listener does see the worker's requests (the WASM runtime it prefetches). The browser's
    // violation report is not awaited here: the app ends the failed worker, which can drop it
    // (csp.spec checks the worker's reports on a worker that lives).
    expect(seen.requested.some((url) => url.includes('ort-wasm-simd-threaded'))).toBe(true);
    expect(seen.requested.filter((url) => url.startsWith(foreign))).toEqual([]);
  });

  test('?device=, ?dtype= and ?threads= junk fall back to the defaults', async ({ page }) => {
    await openApp(page, {
      extra: {
        device: '<script>window.__xss=4</script>',
        dtype: SCRIPT_PAYLOAD,
        threads: '1e9<svg onload="window.__xss=5">',
      },
    });
    const threads = await page.evaluate(() => Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 8)));
    await expect(page.getByTestId('backend-status')).toContainText(`WASM · q8 · ${threads} thread`, {
      timeout: 60_000,
    });
    await expect(page.getByRole('combobox', { name: 'Backend' })).toHaveValue('auto');
    await expectAlive(page, 'Your first embedding');
    expect(await seen.violations()).toEqual([]);
  });

  test('hash routes with markup show "Page not found" with the markup as text, and the router still works', async ({
    page,
  }) => {
    await openApp(page, { route: `/${IMG_PAYLOAD}` });
    await expectAlive(page, 'Page not found');
    await expect(page.getByTestId('not-found').locator('img')).toHaveCount(0);
    await page.evaluate(() => (location.hash = '#/%3Cscript%3Ewindow.__xss=6%3C/script%3E'));
    await expectAlive(page, 'Page not found');
    await page.evaluate((url) => (location.hash = url), JS_URL);
    await expectAlive(page, 'Page not found');
    await page.evaluate(() => (location.hash = '#/similarity'));
    await expectAlive(page, 'Similarity');
    expect(await seen.violations()).toEqual([]);
  });

  for (const { url, label } of UNFETCHABLE_URLS) {
    test(`?dataset=${label}… is refused before any request; the address is shown as text and the sample stays`, async ({
      page,
    }) => {
      await openApp(page, { route: '/search', extra: { dataset: url } });
      const error = page.getByTestId('dataset-error');
      await expect(error).toContainText(`“${url}” is not a web address this page can load a CSV from.`);
      await expect(page.getByTestId('dataset-status')).toContainText(BUILT_IN_LOADED);
      await expectAlive(page, 'Semantic search');
      expect(await seen.violations()).toEqual([]);
    });
  }

  test('?dataset=data:text/csv with markup in the cells is refused; the address is shown as text', async ({
    page,
  }) => {
    const csv = `,Job Title,Job Description\n0,"${IMG_PAYLOAD.replaceAll('"', '""')}","<script>window.__xss=7</script> Python developer"\n`;
    await openApp(page, { route: '/search', extra: { dataset: `data:text/csv,${csv}` } });
    const error = page.getByTestId('dataset-error');
    // Refused before any request (the policy would block data: too); the markup in the address stays text.
    await expect(error).toContainText('is not a web address this page can load a CSV from.');
    await expect(error).toContainText(IMG_PAYLOAD.replaceAll('"', '""'));
    await expect(error).toContainText('<script>window.__xss=7</script> Python developer');
    await expect(page.getByTestId('dataset-status')).toContainText(BUILT_IN_LOADED);
    await expectAlive(page, 'Semantic search');
    expect(await seen.violations()).toEqual([]);
  });

  test('?dataset= on the same origin: markup in the file name and cells is shown as text after embedding', async ({
    page,
  }) => {
    const fileName = '<img src=x onerror=alert(1)>.csv';
    const csv = [
      ',Job Title,Job Description',
      `0,"${IMG_PAYLOAD.replaceAll('"', '""')}","<script>window.__xss=8</script> Python developer"`,
      '1,<b>Bold</b>,"<svg onload=""window.__xss=9""></svg> nurse on nights"',
    ].join('\n');
    await page.route(
      (url) => url.pathname.startsWith('/shared/'),
      (route) => route.fulfill({ contentType: 'text/csv', body: csv }),
    );
    await openApp(page, { route: '/search', extra: { dataset: `/shared/${fileName}`, rows: '2' } });
    await expect(page.getByTestId('dataset-status')).toContainText(
      `2 listings loaded from “${fileName}” (a shared link).`,
    );
    await expect(page.getByTestId('embed-progress')).toContainText('2 / 2 rows', { timeout: 60_000 });
    await page.getByTestId('search-input').fill('Python developer');
    const results = page.getByTestId('search-result');
    await expect(results).toHaveCount(2);
    await expect(results.getByText(IMG_PAYLOAD, { exact: true })).toBeVisible();
    await expect(results.getByText('<b>Bold</b>', { exact: true })).toBeVisible();
    await expect(results.filter({ hasText: '<script>window.__xss=8</script> Python developer' })).toHaveCount(
      1,
    );
    await expect(
      results.filter({ hasText: '<svg onload="window.__xss=9"></svg> nurse on nights' }),
    ).toHaveCount(1);
    await expect(page.locator('main b, main svg[onload]')).toHaveCount(0);
    await expectAlive(page, 'Semantic search');
    expect(await seen.violations()).toEqual([]);
  });

  for (const { url, label } of UNFETCHABLE_URLS) {
    test(`?precomputed=${label}… is not fetched and is named as text`, async ({ page }) => {
      await openApp(page, { route: '/search', extra: { precomputed: url } });
      const offer = page.getByTestId('precomputed-offer');
      await expect(offer).toContainText('No precomputed vectors:');
      await expect(offer).toContainText('but it is not an http(s) address');
      await expect(offer.getByText(url, { exact: true })).toBeVisible();
      await expectAlive(page, 'Semantic search');
      expect(await seen.violations()).toEqual([]);
    });
  }

  test('an unparsable ?precomputed= does not stop the other lessons', async ({ page }) => {
    await openApp(page, { route: '/first-embedding', extra: { precomputed: 'http://[' } });
    await waitForBackend(page, 'WASM');
    await expectAlive(page, 'Your first embedding');
  });

  test('?precomputed= manifest with markup in its entry: shown as text, never used', async ({ page }) => {
    const entry = {
      dataset: IMG_PAYLOAD,
      modelId: '<script>window.__xss=10</script>',
      dtype: SCRIPT_PAYLOAD,
      dims: 384,
      rows: 1,
      rowHashes: ['0'.repeat(64)],
      vectorsFile: JS_URL,
    };
    await page.route(
      (url) => url.pathname === '/shared/manifest.json',
      (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({ version: 1, entries: [entry] }),
        }),
    );
    await openApp(page, { route: '/search', extra: { precomputed: '/shared/manifest.json' } });
    const offer = page.getByTestId('precomputed-offer');
    await expect(offer).toContainText(
      `Precomputed vectors were found (1 rows of ${entry.dataset}, ${entry.modelId}, ${entry.dtype}), but they are not used`,
    );
    await expect(offer).toContainText(`they were made with ${entry.modelId}, but the page runs tiny-bert`);
    await expect(offer).toContainText(`they are for other texts (${entry.dataset})`);
    await expect(page.getByRole('button', { name: /Use precomputed vectors/ })).toHaveCount(0);
    await expectAlive(page, 'Semantic search');
    expect(await seen.violations()).toEqual([]);
  });
});
