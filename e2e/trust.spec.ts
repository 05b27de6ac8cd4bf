/**
 * Issue 12, items 2–5 on the fixture model: percentiles beside cosines, the visible 256-piece cut,
 * "Why is this a match?", and the manifest that goes with a vectors export.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { openApp, waitForBackend } from './support/app';

/** Words the tiny-bert fixture holds whole; with the full stop, each sentence is 6 word pieces. */
const sentence = (i: number) =>
  `${['data', 'python', 'team', 'cloud', 'web', 'design'].filter((_, k) => k !== i % 6).join(' ')}.`;
const listingOf = (sentences: number, offset: number) =>
  Array.from({ length: sentences }, (_, i) => sentence(i + offset)).join(' ');
const LISTINGS = [
  ['Data engineer', listingOf(60, 0)], // 362 pieces
  ['Data engineer', listingOf(5, 1)],
  ['Web developer', listingOf(90, 2)], // 542 pieces
  ['Web developer', listingOf(4, 3)],
  ['Cloud architect', listingOf(50, 4)], // 302 pieces
  ['Designer', listingOf(3, 5)],
];
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

async function loadAndEmbed(page: Page) {
  await openApp(page, { route: '/search' });
  await waitForBackend(page, 'WASM');
  await page.getByLabel('Choose a CSV file…').setInputFiles({
    name: 'trust.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(Papa.unparse([['Job Title', 'Job Description'], ...LISTINGS])),
  });
  await expect(page.getByTestId('dataset-status')).toContainText('6 listings loaded from “trust.csv”');
  await page.getByLabel('How many listings to embed', { exact: true }).fill('6');
  await page.getByRole('button', { name: 'Embed 6 listings' }).click();
  await expect(page.getByTestId('embed-progress')).toContainText('6 / 6 rows', { timeout: 60_000 });
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFile(await file.path());
}

test.describe('Scores with context, visible truncation, why a match (WASM, tiny-bert)', () => {
  test('counts the long listings, marks the cut, and gives each cosine its percentile', async ({ page }) => {
    await loadAndEmbed(page);
    await expect(page.getByTestId('truncation-summary')).toContainText(
      '3 of the 6 loaded listings are longer than 256 word pieces',
    );
    await page.getByLabel('Show top').selectOption('10');
    await page.getByTestId('search-input').fill(LISTINGS[1][1]);
    const results = page.getByTestId('search-result');
    await expect(results).toHaveCount(6);
    await expect(results.first()).toHaveAttribute('data-row-index', '1');

    // Percentiles: compare with every pair of the six exported vectors, computed here.
    const exported = JSON.parse((await download(page, 'Export JSON')).toString()) as {
      rows: { index: string; vector: number[] }[];
    };
    const vectors = exported.rows.map((row) => row.vector);
    const pairs: number[] = [];
    for (let a = 0; a < 6; a++)
      for (let b = a + 1; b < 6; b++) pairs.push(vectors[a].reduce((s, x, k) => s + x * vectors[b][k], 0));
    await expect(page.getByTestId('cosine-scale-note')).toContainText('Among random pairs of the 6 loaded');
    for (const result of await results.all()) {
      const score = Number(await result.getAttribute('data-score'));
      const context = result.getByTestId('cosine-context');
      await expect(context).toContainText('percentile of random listing pairs');
      await expect(context).toContainText('of same-title pairs');
      const shown = Number(await context.getAttribute('data-percentile-random'));
      const exact =
        (pairs.filter((c) => c < score).length + pairs.filter((c) => c === score).length / 2) / 15;
      // 20,000 random draws from 15 pairs: within 2 points of the exact share.
      expect(Math.abs(shown - exact * 100)).toBeLessThan(2);
    }

    // The 362-piece listing: the model reads [CLS], 42 sentences (252 pieces), two words, [SEP].
    const long = page.locator('[data-testid="search-result"][data-row-index="0"]');
    await long.getByRole('button', { name: 'Show the whole description' }).click();
    const marker = long.getByTestId('cut-marker');
    await expect(marker).toContainText('reads 256 of this listing’s 362 word pieces');
    const [before, after] = (await long.getByTestId('cut-text').innerText()).split(await marker.innerText());
    const kept = `${listingOf(42, 0)} ${sentence(42).split(' ').slice(0, 2).join(' ')}`;
    expect(before.trim()).toBe(kept);
    expect(after.trim()).toBe(LISTINGS[0][1].slice(kept.length).trim());

    // The similarity lesson, same visit: its ranking's cosines get percentiles among these listings.
    await page
      .getByRole('link', { name: /Similarity/ })
      .first()
      .click();
    const ranking = page.getByTestId('neighbour-ranking').getByRole('listitem');
    await expect(ranking.first()).toBeVisible({ timeout: 60_000 });
    for (const item of await ranking.all())
      await expect(item.getByTestId('cosine-context')).toContainText('percentile of random listing pairs');
    await expect(page.getByTestId('cosine-scale-note')).toContainText('Among random pairs of the 6 loaded');
  });

  test('why is this a match: each sentence’s drop, the largest ones highlighted', async ({ page }) => {
    await loadAndEmbed(page);
    await page.getByTestId('search-input').fill(LISTINGS[1][1]);
    const first = page.getByTestId('search-result').first();
    await expect(first).toHaveAttribute('data-row-index', '1');
    await first.getByRole('button', { name: 'Why is this a match?' }).click();
    const lines = first.getByTestId('why-match').getByRole('listitem');
    await expect(lines).toHaveCount(5, { timeout: 60_000 });
    expect(await lines.allInnerTexts()).toEqual(
      Array.from({ length: 5 }, (_, i) => expect.stringContaining(sentence(i + 1))),
    );
    const drops = await lines.evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-drop'))));
    const highlighted = await lines.evaluateAll((items) =>
      items.flatMap((li, i) => (li.classList.contains('sentence-key') ? [i] : [])),
    );
    const ranked = drops
      .map((d, i) => ({ d, i }))
      .filter(({ d }) => d > 0)
      .sort((a, b) => b.d - a.d);
    expect(highlighted.sort()).toEqual(
      ranked
        .slice(0, 2)
        .map(({ i }) => i)
        .sort(),
    );
    expect(highlighted.length).toBeGreaterThan(0);
  });

  test('the manifest describes the exported files: its hashes match them', async ({ page }) => {
    await loadAndEmbed(page);
    const npy = await download(page, 'Export .npy');
    const json = await download(page, 'Export JSON');
    const manifest = JSON.parse((await download(page, 'Export manifest')).toString()) as {
      modelId: string;
      dtype: string;
      backend: string;
      backendDetail: string;
      appVersion: string;
      rows: number;
      dims: number;
      files: { name: string; sha256: string }[];
      texts: { index: string; sha256: string; text: string }[];
    };
    expect(manifest).toMatchObject({ modelId: 'tiny-bert', dtype: 'q8', rows: 6, appVersion: '0.1.0' });
    expect(manifest).toMatchObject({
      backend: 'wasm',
      backendDetail: expect.stringMatching(/^\d+ threads?$/),
    });
    expect(manifest.files).toEqual([
      { name: 'trust-vectors.npy', sha256: sha256(npy) },
      { name: 'trust-vectors.json', sha256: sha256(json) },
    ]);
    expect(manifest.texts).toEqual(
      LISTINGS.map(([, text], i) => ({ index: String(i), text, sha256: sha256(text) })),
    );
    await expect(page.getByTestId('python-check')).toContainText('np.load("trust-vectors.npy")');
  });

  test('Inside the model compares the cut with the stock pipeline’s 512 pieces', async ({ page }) => {
    await openApp(page, { route: '/inside-the-model' });
    await waitForBackend(page, 'WASM');
    const show = async (text: string) => {
      await page.getByTestId('inside-input').fill(text);
      await expect(page.getByTestId('inside-result')).toHaveAttribute('aria-busy', 'false', {
        timeout: 60_000,
      });
    };
    await show(listingOf(50, 0));
    await expect(page.getByTestId('kept-token-count')).toHaveText('256');
    await expect(page.getByTestId('stock-token-count')).toHaveText('302');
    await expect(page.getByTestId('stock-pipeline-note')).toContainText(
      'read all 302 pieces of this text, not the first 256',
    );
    await show(listingOf(90, 0));
    await expect(page.getByTestId('stock-token-count')).toHaveText('512');
    await expect(page.getByTestId('stock-pipeline-note')).toContainText('drops the closing [SEP]');
  });
});
