import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';
import { parseCsv } from './support/csv';

/** Rows embedded through the search helper's `?rows=` hook; the map page auto-embeds them. */
const ROWS = 60;

interface Point {
  index: string;
  title: string;
  pc1: number;
  pc2: number;
}

async function openMap(page: Page): Promise<void> {
  await openApp(page, { device: 'wasm', route: '/pca-map', extra: { rows: String(ROWS) } });
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('explained-variance')).toBeVisible({ timeout: 120_000 });
}

/** Clicks a button that saves a file; returns the saved file's path. */
async function saved(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return download.path();
}

async function exportCoordinates(page: Page): Promise<Point[]> {
  const [header, ...lines] = parseCsv(await readFile(await saved(page, 'Export coordinates (CSV)'), 'utf8'));
  expect(header).toEqual(['index', 'title', 'pc1', 'pc2', 'umap1', 'umap2', 'cluster']);
  return lines.map(([index, title, pc1, pc2]) => ({ index, title, pc1: Number(pc1), pc2: Number(pc2) }));
}

/** Page coordinates of a map point, from the plot's exposed view (data domains and plot area). */
async function screenMapper(page: Page) {
  const input = page.getByTestId('scatter-input');
  await input.scrollIntoViewIfNeeded();
  const box = (await input.boundingBox())!;
  const [x0, x1] = (await input.getAttribute('data-x-domain'))!.split(',').map(Number);
  const [y0, y1] = (await input.getAttribute('data-y-domain'))!.split(',').map(Number);
  const [left, top, right, bottom] = (await input.getAttribute('data-plot-area'))!.split(',').map(Number);
  return {
    box,
    area: { left: box.x + left, top: box.y + top, right: box.x + right, bottom: box.y + bottom },
    at: (p: Point) => ({
      x: box.x + left + ((p.pc1 - x0) / (x1 - x0)) * (right - left),
      y: box.y + bottom - ((p.pc2 - y0) / (y1 - y0)) * (bottom - top),
    }),
  };
}

const countTitles = (points: Point[]) => {
  const counts: Record<string, number> = {};
  for (const p of points) counts[p.title] = (counts[p.title] ?? 0) + 1;
  return counts;
};

const variance = (values: number[]) => {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  return values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
};

test.describe('The PCA map (WASM)', () => {
  test('maps every embedded row, with explained variance consistent with the coordinates', async ({
    page,
  }) => {
    await openMap(page);
    const numbers = page.getByTestId('explained-variance');
    await expect(numbers).toHaveAttribute('data-pc1', /\d/, { timeout: 60_000 });
    const pc1 = Number(await numbers.getAttribute('data-pc1'));
    const pc2 = Number(await numbers.getAttribute('data-pc2'));
    // How well the map keeps neighbourhoods: one exact figure, recall@10 (map-umap.spec checks its value).
    const quality = page.getByTestId('projection-quality');
    await expect(quality).toHaveAttribute('data-recall', /^[01](\.\d+)?$/, { timeout: 60_000 });
    const recall = Number(await quality.getAttribute('data-recall'));
    expect(pc1).toBeGreaterThan(0);
    expect(pc2).toBeGreaterThan(0);
    expect(pc1).toBeGreaterThanOrEqual(pc2);
    expect(pc1 + pc2).toBeLessThan(1);
    expect(recall).toBeGreaterThanOrEqual(0);
    expect(recall).toBeLessThanOrEqual(1);

    await expect(
      page.getByRole('application', { name: `Map of ${ROWS} listings`, exact: false }),
    ).toBeVisible();
    await expect(page.locator('figure.scatter')).toHaveAttribute('data-points', String(ROWS));
    await page.getByText(`Table view: all ${ROWS} points`).click();
    await expect(page.getByTestId('pca-table').locator('tbody tr')).toHaveCount(ROWS);

    const points = await exportCoordinates(page);
    expect(points).toHaveLength(ROWS);
    // Centred like scikit-learn: each axis averages 0, and its variance over the total is the shown ratio,
    // so the two axes' variances stand in the same proportion as the two ratios.
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(mean(points.map((p) => p.pc1)))).toBeLessThan(1e-6);
    expect(Math.abs(mean(points.map((p) => p.pc2)))).toBeLessThan(1e-6);
    const ratio = variance(points.map((p) => p.pc1)) / variance(points.map((p) => p.pc2));
    expect(ratio).toBeCloseTo(pc1 / pc2, 4);

    const svg = await readFile(await saved(page, 'Export plot (SVG)'), 'utf8');
    expect(svg).toContain(`${ROWS} job listings on the first two principal components`);
    // One dot per row: circles with only a position and radius (legend swatches also carry a fill).
    expect(svg.match(/<circle cx="[^"]+" cy="[^"]+" r="[^"]+"\/>/g)).toHaveLength(ROWS);
    const png = await readFile(await saved(page, 'Export plot (PNG)'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  test('hovering a dot shows its title; the keyboard pins a point', async ({ page }) => {
    await openMap(page);
    const points = await exportCoordinates(page);
    const map = await screenMapper(page);
    const screen = points.map(map.at);
    // A dot with no other dot within 15 px, so the hover cannot pick a neighbour instead.
    const alone = screen.findIndex((s, i) =>
      screen.every((o, j) => j === i || Math.hypot(o.x - s.x, o.y - s.y) > 15),
    );
    expect(alone).toBeGreaterThanOrEqual(0);
    await page.mouse.move(screen[alone].x, screen[alone].y);
    await expect(page.getByTestId('scatter-tooltip')).toContainText(points[alone].title);
    await page.mouse.move(map.box.x + map.box.width + 50, map.box.y - 50);
    await expect(page.getByTestId('scatter-tooltip')).toHaveCount(0);

    const plot = page.getByRole('application', { name: /Map of/ });
    await plot.focus();
    await plot.press('ArrowRight');
    const announced = page.getByText(/^Point \d+ of 60: /);
    const first = Number((await announced.textContent())!.match(/^Point (\d+)/)![1]) - 1;
    await plot.press('ArrowRight');
    await expect(announced).not.toHaveText(new RegExp(`^Point ${first + 1} of`));
    const second = Number((await announced.textContent())!.match(/^Point (\d+)/)![1]) - 1;
    // "Right" steps to a dot further right on the map.
    expect(points[second].pc1).toBeGreaterThan(points[first].pc1);
    await plot.press('Enter');
    await expect(page.getByTestId('pinned-card')).toBeVisible();
    await expect(page.getByTestId('pinned-card').getByRole('heading')).toHaveText(points[second].title);
    await expect(page.getByTestId('pinned-card')).toContainText(`Row ${points[second].index}`);
  });

  test('a box selects exactly the dots inside it', async ({ page }) => {
    await openMap(page);
    const points = await exportCoordinates(page);
    await page.getByLabel('Select with a box').check();
    const map = await screenMapper(page);
    const screen = points.map(map.at);
    // The box spans the plot's full height and ends in the widest gap between dots near the middle,
    // so no dot sits on an edge and the expected set is unambiguous.
    const xs = screen.map((s) => s.x).sort((a, b) => a - b);
    let edge = 0;
    let widest = 0;
    for (let i = Math.floor(xs.length * 0.3); i < Math.floor(xs.length * 0.7); i++) {
      if (xs[i + 1] - xs[i] > widest) [widest, edge] = [xs[i + 1] - xs[i], (xs[i] + xs[i + 1]) / 2];
    }
    expect(widest).toBeGreaterThan(2);
    await page.mouse.move(map.area.left + 1, map.area.top + 1);
    await page.mouse.down();
    await page.mouse.move(edge, map.area.bottom - 1, { steps: 8 });
    await page.mouse.up();
    const expected = points.filter((_, i) => screen[i].x < edge);
    const selection = page.getByTestId('box-selection');
    await expect(selection).toHaveAttribute('data-count', String(expected.length));
    const listed: Record<string, number> = {};
    for (const item of await selection.getByRole('listitem').all()) {
      listed[(await item.getAttribute('data-title'))!] = Number(await item.getAttribute('data-count'));
    }
    expect(listed).toEqual(countTitles(expected));
    await expect(page.getByLabel('Listings in the box')).toBeChecked();
  });

  test('the "PC2 > t" list is the same filter applied to the exported coordinates', async ({ page }) => {
    await openMap(page);
    const points = await exportCoordinates(page);
    // A threshold halfway between two neighbouring PC2 values, so no point sits on it.
    const sorted = points.map((p) => p.pc2).sort((a, b) => a - b);
    const t = Number(((sorted[40] + sorted[41]) / 2).toFixed(6));
    await page.getByRole('spinbutton', { name: /PC2 greater than/ }).fill(String(t));
    const expected = points.filter((p) => p.pc2 > t).map((p) => p.index);
    expect(expected.length).toBeGreaterThan(0);
    const list = page.getByTestId('threshold-list').getByRole('listitem');
    await expect(list).toHaveCount(expected.length);
    expect(await list.evaluateAll((items) => items.map((item) => item.getAttribute('data-index')))).toEqual(
      expected,
    );
    await expect(page.getByTestId('threshold-count')).toContainText(
      `${expected.length} of ${ROWS} listings have PC2 > ${t}`,
    );
    await expect(page.getByLabel('Listings with PC2 > t')).toBeChecked();
  });

  test('the query lands on the map and moves when the query changes, without a new PCA', async ({ page }) => {
    await openMap(page);
    const numbers = page.getByTestId('explained-variance');
    const before = await numbers.getAttribute('data-pc1');
    const fitted = await numbers.elementHandle();
    const query = page.getByLabel('Place a query on the map');
    await query.fill('registered nurse caring for patients in a hospital ward');
    const marker = page.getByTestId('query-marker');
    await expect(marker).toContainText('registered nurse caring');
    const first = [await marker.getAttribute('data-pc1'), await marker.getAttribute('data-pc2')];
    await expect(page.getByTestId('query-results').getByRole('listitem')).toHaveCount(10);

    await query.fill('senior backend engineer building APIs in Go and Kubernetes');
    await expect(marker).toContainText('senior backend engineer');
    const second = [await marker.getAttribute('data-pc1'), await marker.getAttribute('data-pc2')];
    expect(second).not.toEqual(first);
    for (const value of [...first, ...second]) expect(Number.isFinite(Number(value))).toBe(true);
    // Same PCA: a new fit would have replaced everything drawn from the old one, this element included.
    expect(await fitted!.evaluate((element) => element.isConnected)).toBe(true);
    await expect(numbers).toHaveAttribute('data-pc1', before!);
  });
});
