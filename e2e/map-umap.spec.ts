/**
 * The map's UMAP projection on the MiniLM-shaped fixture with every built-in listing: the page's
 * recall@10 for PCA and UMAP against the test's own computation from the exported vectors and
 * coordinates, seeded reruns, cancel, and the query's place on UMAP.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { downloadJson, openApp, waitForBackend } from './support/app';
import { parseCsv } from './support/csv';
import { cosineOf } from './support/vectorMath';

/** All built-in listings with a description. */
const ROWS = 348;
const K = 10;

interface Point {
  index: string;
  title: string;
  pca: [number, number];
  umap: [number, number] | null;
}

async function exportCoordinates(page: Page): Promise<Point[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export coordinates (CSV)' }).click(),
  ]);
  const [header, ...lines] = parseCsv(await readFile(await download.path(), 'utf8'));
  expect(header).toEqual(['index', 'title', 'pc1', 'pc2', 'umap1', 'umap2', 'cluster']);
  return lines.map(([index, title, pc1, pc2, umap1, umap2]) => ({
    index,
    title,
    pca: [Number(pc1), Number(pc2)],
    umap: umap1 === '' ? null : [Number(umap1), Number(umap2)],
  }));
}

/** The k nearest other rows of each row under `closeness` (larger is nearer), by brute force. */
function nearestLists(n: number, k: number, closeness: (i: number, j: number) => number): Set<number>[] {
  return Array.from({ length: n }, (_, i) => {
    const others = Array.from({ length: n }, (_, j) => j).filter((j) => j !== i);
    others.sort((a, b) => closeness(i, b) - closeness(i, a));
    return new Set(others.slice(0, k));
  });
}

function meanRecall(truth: Set<number>[], onMap: Set<number>[]): number {
  const shares = truth.map((full, i) => [...full].filter((j) => onMap[i].has(j)).length / full.size);
  return shares.reduce((s, v) => s + v, 0) / shares.length;
}

const distance2 = (a: [number, number], b: [number, number]) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

async function shownRecall(page: Page, method: 'pca' | 'umap'): Promise<number> {
  const quality = page.getByTestId('projection-quality');
  await expect(quality).toHaveAttribute('data-method', method);
  await expect(quality).toHaveAttribute('data-recall-k', String(K));
  await expect(quality).toHaveAttribute('data-recall', /^[01](\.\d+)?(e-\d+)?$/, { timeout: 120_000 });
  return Number(await quality.getAttribute('data-recall'));
}

async function runUmap(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByTestId('umap-controls')).toHaveAttribute('data-state', 'done', { timeout: 300_000 });
}

test('UMAP keeps more true neighbours than PCA, as the page and the test both measure', async ({ page }) => {
  test.setTimeout(1_200_000);
  await openApp(page, {
    device: 'wasm',
    model: 'minilm-shaped',
    route: '/pca-map',
    extra: { rows: String(ROWS) },
  });
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('explained-variance')).toBeVisible({ timeout: 900_000 });

  // The vectors the map was made from, as the search page exports them.
  await page.evaluate(() => (location.hash = '#/search'));
  const vectors = await downloadJson<{ rows: { index: string; vector: number[] }[] }>(page, 'Export JSON');
  await page.evaluate(() => (location.hash = '#/pca-map'));
  await expect(page.getByTestId('explained-variance')).toBeVisible({ timeout: 120_000 });

  const pcaRecall = await shownRecall(page, 'pca');
  await runUmap(page, 'Run UMAP');
  const first = await exportCoordinates(page);
  expect(first).toHaveLength(ROWS);
  expect(first.every((p) => p.umap !== null)).toBe(true);
  await page.getByRole('radio', { name: 'UMAP', exact: true }).check();
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-method', 'umap');
  const umapRecall = await shownRecall(page, 'umap');

  // The test's own recall@10 from the exported vectors (cosine) and coordinates (distance).
  const byIndex = new Map(vectors.rows.map((row) => [row.index, row.vector]));
  const full = first.map((p) => byIndex.get(p.index)!);
  expect(full.every(Boolean)).toBe(true);
  const truth = nearestLists(ROWS, K, (i, j) => cosineOf(full[i], full[j]));
  const onPca = nearestLists(ROWS, K, (i, j) => -distance2(first[i].pca, first[j].pca));
  const onUmap = nearestLists(ROWS, K, (i, j) => -distance2(first[i].umap!, first[j].umap!));
  expect(Math.abs(pcaRecall - meanRecall(truth, onPca))).toBeLessThanOrEqual(0.01);
  expect(Math.abs(umapRecall - meanRecall(truth, onUmap))).toBeLessThanOrEqual(0.01);
  expect(umapRecall).toBeGreaterThan(pcaRecall);

  // Switching back reports PCA's number again.
  await page.getByRole('radio', { name: 'PCA', exact: true }).check();
  expect(await shownRecall(page, 'pca')).toBe(pcaRecall);
  await page.getByRole('radio', { name: 'UMAP', exact: true }).check();

  // The same seed gives the same map.
  await runUmap(page, 'Run UMAP again with these settings');
  const second = await exportCoordinates(page);
  expect(second.map((p) => p.umap)).toEqual(first.map((p) => p.umap));

  // Cancel stops a run and keeps the last map; running again afterwards completes.
  const controls = page.getByTestId('umap-controls');
  await page.getByRole('button', { name: 'Run UMAP again with these settings' }).click();
  await expect(controls).toHaveAttribute('data-state', 'running');
  await controls.getByRole('button', { name: 'Cancel' }).click();
  await expect(controls).toHaveAttribute('data-state', 'cancelled');
  await expect(controls.getByRole('status')).toContainText('cancelled');
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-method', 'umap');
  await runUmap(page, 'Run UMAP');
  const third = await exportCoordinates(page);
  expect(third.map((p) => p.umap)).toEqual(first.map((p) => p.umap));

  // The query marker on UMAP lands among the map neighbours of its nearest listing.
  await page
    .getByLabel('Place a query on the map')
    .fill('registered nurse caring for patients in a hospital ward');
  const marker = page.getByTestId('query-marker');
  await expect(marker).toHaveAttribute('data-method', 'umap', { timeout: 120_000 });
  await expect(marker).toContainText('weighted mean of the positions of its 10 nearest listings');
  const at: [number, number] = [
    Number(await marker.getAttribute('data-x')),
    Number(await marker.getAttribute('data-y')),
  ];
  const nearestRow = await page
    .getByTestId('query-results')
    .getByRole('listitem')
    .first()
    .getAttribute('data-index');
  const nearest = first.findIndex((p) => p.index === nearestRow);
  expect(nearest).toBeGreaterThanOrEqual(0);
  const closest = first
    .map((p, i) => ({ i, d: distance2(p.umap!, at) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, K)
    .map((c) => c.i);
  expect(closest).toContain(nearest);
});
