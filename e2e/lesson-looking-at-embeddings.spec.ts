import { expect, test } from '@playwright/test';
import { downloadJson, openApp, waitForBackend } from './support/app';

interface VectorsFile {
  model: string;
  dtype: string;
  texts: string[];
  vectors: number[][];
}

const CITIES = [
  'Paris',
  'Tokyo',
  'New York',
  'London',
  'Cairo',
  'Sydney',
  'Rio de Janeiro',
  'Moscow',
  'Mumbai',
  'Toronto',
];

test.describe('Looking at embeddings (WASM)', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, { device: 'wasm', route: '/looking-at-embeddings' });
    await waitForBackend(page, 'WASM');
  });

  test('draws one grid cell per dimension and as many bars as the slider asks for', async ({ page }) => {
    await expect(page.getByTestId('one-vector-result')).toHaveAttribute('aria-busy', 'false', {
      timeout: 60_000,
    });
    const cells = page.getByTestId('vector-heatmap').locator('rect.heatmap-cell');
    await expect(cells).toHaveCount(384);

    const bars = page.getByTestId('dimension-bars').locator('rect.bar');
    await expect(bars).toHaveCount(32);
    await page.getByTestId('dimension-slider').fill('100');
    await expect(bars).toHaveCount(100);
    await page.getByTestId('dimension-slider').fill('384');
    await expect(bars).toHaveCount(384);
    await page.getByTestId('dimension-slider').fill('1');
    await expect(bars).toHaveCount(1);

    // The grid shows the same numbers as the downloaded vector, dimension by dimension.
    const saved = await downloadJson<VectorsFile>(page, 'Download this vector (JSON)');
    expect(saved.model).toBe('tiny-bert');
    expect(saved.vectors[0]).toHaveLength(384);
    expect(Number(await cells.nth(17).getAttribute('data-value'))).toBe(saved.vectors[0][17]);
    expect(Number(await bars.first().getAttribute('data-value'))).toBe(saved.vectors[0][0]);
  });

  test('the product heatmap equals sign(p)·|p|^(1/n) of the downloaded city vectors', async ({ page }) => {
    const result = page.getByTestId('together-result');
    await expect(result).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
    const saved = await downloadJson<VectorsFile>(page, 'Download vectors (JSON)');
    expect(saved.texts).toHaveLength(20);
    expect(saved.dtype).toBe('q8');
    const cityVectors = CITIES.map((city) => saved.vectors[saved.texts.indexOf(city)]);
    expect(cityVectors.every((v) => v?.length === 384)).toBe(true);

    const expected = Array.from({ length: 384 }, (_, d) => {
      const product = cityVectors.reduce((p, v) => p * v[d], 1);
      return Math.sign(product) * Math.abs(product) ** (1 / CITIES.length);
    });
    const cells = page.getByTestId('product-heatmap-set1').locator('rect.heatmap-cell');
    await expect(cells).toHaveCount(384);
    const shown = await cells.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));
    shown.forEach((value, d) => expect(value).toBeCloseTo(expected[d], 12));

    // The listed top dimension is the largest by magnitude.
    const strongest = expected.reduce((best, v, d) => (Math.abs(v) > Math.abs(expected[best]) ? d : best), 0);
    await expect(page.getByTestId('product-heatmap-set1-top').getByRole('listitem').first()).toContainText(
      `dim ${strongest} `,
    );
    await expect(page.getByTestId('product-heatmap-set2').locator('rect.heatmap-cell')).toHaveCount(384);
  });

  test('hides the negatives answer until a guess, then states the real count', async ({ page }) => {
    const predict = page.getByTestId('predict-negatives');
    await expect(predict.getByRole('button', { name: /reveal/i })).toBeDisabled();
    await expect(page.getByTestId('predict-negatives-answer')).toBeHidden();
    await predict.getByLabel('Between 96 and 288').check();
    await predict.getByRole('button', { name: /reveal/i }).click();
    const saved = await downloadJson<VectorsFile>(page, 'Download this vector (JSON)');
    const negatives = saved.vectors[0].filter((v) => v < 0).length;
    await expect(page.getByTestId('predict-negatives-answer')).toContainText(`${negatives} of 384`);
  });
});
