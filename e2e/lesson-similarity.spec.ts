import { expect, test, type Page } from '@playwright/test';
import { expectedReadout, handlePosition, readout } from './support/angleReadout';
import { downloadJson, openApp, waitForBackend } from './support/app';
import { cosineOf, distanceOf, dotOf } from './support/vectorMath';

interface SentenceVectors {
  model: string;
  dtype: string;
  texts: string[];
  vectors: number[][];
}

const THREE = ['A dog runs in the park.', 'A puppy plays on the grass.', 'Interest rates rose again.'];

async function embedSentences(page: Page, sentences: readonly string[]) {
  await page.getByTestId('sentences-input').fill(sentences.join('\n'));
  const result = page.getByTestId('similarity-result');
  await expect(page.locator('rect.heatmap-cell')).toHaveCount(sentences.length ** 2, { timeout: 60_000 });
  await expect(result).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  const saved = await downloadJson<SentenceVectors>(page, 'Download vectors (JSON)');
  expect(saved.texts).toEqual(sentences);
  return saved;
}

test.describe('Similarity lesson (WASM)', () => {
  test('the angle widget shows the worked example, then follows keyboard and pointer moves', async ({
    page,
  }) => {
    await openApp(page, { route: '/similarity' });
    await page.getByRole('button', { name: /Set the example/ }).click();
    expect(await readout(page)).toEqual({ dot: 11, cosine: 0.984, angle: 10.3, distance: 2.828 });
    await expect(page.getByTestId('readout-dot')).toHaveText('11');

    // Arrow keys move a focused tip by 0.1, Shift+arrow by 0.5.
    const handleA = page.getByRole('button', { name: /Tip of vector a/ });
    await handleA.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await handlePosition(page.getByRole('button', { name: /Tip of vector a/ }))).toEqual([1.3, 1.5]);
    expect(await readout(page)).toEqual(expectedReadout([1.3, 1.5], [3, 4]));
    await expect(page.getByTestId('readout-dot')).toHaveText('9.9'); // 1.3×3 + 1.5×4

    // Drag b with the mouse somewhere else; the numbers must match wherever it lands.
    const box = (await page.getByRole('button', { name: /Tip of vector b/ }).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 120, box.y + 160, { steps: 8 });
    await page.mouse.up();
    const b = await handlePosition(page.getByRole('button', { name: /Tip of vector b/ }));
    expect(b).not.toEqual([3, 4]);
    expect(await readout(page)).toEqual(expectedReadout([1.3, 1.5], b));
  });

  test('the matrix for three sentences holds the pairwise cosines of the downloaded vectors', async ({
    page,
  }) => {
    await openApp(page, { route: '/similarity' });
    await waitForBackend(page, 'WASM');
    const saved = await embedSentences(page, THREE);
    expect(saved.model).toBe('tiny-bert');
    expect(saved.dtype).toBe('q8');
    expect(saved.vectors.map((v) => v.length)).toEqual([384, 384, 384]);

    const cells = page.locator('rect.heatmap-cell');
    const printed = page.locator('text.heatmap-value');
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const cosine = cosineOf(saved.vectors[i], saved.vectors[j]);
        expect(Number(await cells.nth(i * 3 + j).getAttribute('data-value'))).toBeCloseTo(cosine, 6);
        await expect(printed.nth(i * 3 + j)).toHaveText(cosine.toFixed(2));
      }
    }
  });

  test('switching the metric changes the numbers but keeps the ranking', async ({ page }) => {
    await openApp(page, { route: '/similarity' });
    await waitForBackend(page, 'WASM');
    const saved = await embedSentences(page, [...THREE, 'The cat sleeps on the sofa.', 'I play the guitar.']);
    const from = 1;
    await page.getByLabel('Rank the other sentences by how close they are to').selectOption(String(from));
    const ranking = page.getByTestId('neighbour-ranking').getByRole('listitem');
    const readRanking = async () => ({
      texts: await ranking.locator('.ranking-text').allTextContents(),
      values: await ranking.locator('.ranking-value').allTextContents(),
    });

    const others = saved.texts.map((_, i) => i).filter((i) => i !== from);
    const cosines = others.map((i) => cosineOf(saved.vectors[from], saved.vectors[i]));
    const order = others
      .map((i, k) => ({ i, c: cosines[k] }))
      .sort((x, y) => y.c - x.c)
      .map(({ i }) => saved.texts[i]);
    const cosineRanking = await readRanking();
    expect(cosineRanking.texts).toEqual(order);

    const metrics: [string, (a: number[], b: number[]) => number][] = [
      ['Dot product', dotOf],
      ['Cosine distance', (a, b) => 1 - cosineOf(a, b)],
      ['Euclidean distance', distanceOf],
    ];
    for (const [name, measure] of metrics) {
      await page.getByRole('radio', { name }).check();
      await expect(page.getByTestId('ranking-check')).toHaveText('✓ Same order as cosine');
      const shown = await readRanking();
      expect(shown.texts).toEqual(cosineRanking.texts);
      const wanted = shown.texts.map((text) =>
        measure(saved.vectors[from], saved.vectors[saved.texts.indexOf(text)]),
      );
      expect(shown.values).toEqual(wanted.map((value) => value.toFixed(3)));
      // The heatmap shows the same metric: cell (from, other) holds the measure too.
      const other = saved.texts.indexOf(shown.texts[0]);
      const cell = page.locator(`rect.heatmap-cell[data-index="${from * saved.texts.length + other}"]`);
      expect(Number(await cell.getAttribute('data-value'))).toBeCloseTo(wanted[0], 6);
    }
    const euclidean = await readRanking();
    expect(euclidean.values).not.toEqual(cosineRanking.values);
  });

  test('predict-then-reveal hides the answer until a guess is made', async ({ page }) => {
    await openApp(page, { route: '/similarity' });
    const predict = page.getByTestId('predict-metric');
    const reveal = predict.getByRole('button', { name: /reveal/i });
    await expect(reveal).toBeDisabled();
    await expect(page.getByTestId('predict-metric-answer')).toBeHidden();
    await predict.getByRole('radio', { name: 'No, only the numbers change' }).check();
    await expect(page.getByTestId('predict-metric-answer')).toBeHidden();
    await reveal.click();
    await expect(page.getByTestId('predict-metric-answer')).toContainText('Right!');
    await expect(page.getByTestId('predict-metric-answer')).toContainText('2 − 2 cos θ');
  });
});
