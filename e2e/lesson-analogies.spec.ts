import { expect, test, type Page } from '@playwright/test';
import { downloadJson, openApp, waitForBackend } from './support/app';
import { cosineOf, lengthOf } from './support/vectorMath';

interface Item {
  text: string;
  vector: number[];
}

interface AnalogyVectors {
  model: string;
  dtype: string;
  a: Item;
  b: Item;
  c: Item;
  d: Item;
  candidates: Item[];
}

/** Everything the page should show, recomputed here from the downloaded vectors. */
function recompute({ a, b, c, d, candidates }: AnalogyVectors) {
  const offset = a.vector.map((value, i) => value - b.vector[i] + c.vector[i]);
  const result = offset.map((value) => value / lengthOf(offset));
  const query = [a.text, b.text, c.text].map((t) => t.toLowerCase());
  const ranked = candidates
    .filter((candidate) => candidate.text === d.text || !query.includes(candidate.text.toLowerCase()))
    .map((candidate) => ({ text: candidate.text, cosine: cosineOf(result, candidate.vector) }))
    .sort((x, y) => y.cosine - x.cosine);
  return {
    before: cosineOf(a.vector, d.vector),
    baseline: cosineOf(c.vector, d.vector),
    after: cosineOf(result, d.vector),
    offsetLength: lengthOf(offset),
    rank: ranked.findIndex((candidate) => candidate.text === d.text) + 1,
    count: ranked.length,
    nearest: ranked.slice(0, 5).map((candidate) => candidate.text),
  };
}

/** The king preset's numbers answer the predict question, so they appear only after its reveal. */
async function revealKing(page: Page, guess = 'Yes, queen will be the nearest') {
  const predict = page.getByTestId('predict-king');
  await predict.getByRole('radio', { name: guess }).check();
  await predict.getByRole('button', { name: 'Reveal the answer' }).click();
}

async function settled(page: Page) {
  await expect(page.getByTestId('analogy-result')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
}

async function checkNumbers(page: Page, saved: AnalogyVectors) {
  const want = recompute(saved);
  await expect(page.getByTestId('analogy-before')).toHaveText(want.before.toFixed(3));
  await expect(page.getByTestId('analogy-baseline')).toHaveText(want.baseline.toFixed(3));
  await expect(page.getByTestId('analogy-after')).toHaveText(want.after.toFixed(3));
  await expect(page.getByTestId('analogy-offset-length')).toHaveText(want.offsetLength.toFixed(3));
  await expect(page.getByTestId('analogy-rank')).toHaveText(String(want.rank));
  await expect(page.getByTestId('analogy-ranked')).toHaveText(String(want.count));
  const nearest = await page.getByTestId('analogy-nearest').getByRole('listitem').allTextContents();
  expect(nearest.map((line) => line.replace(/^\d+\.\s*/, '').replace(/\s*(\(D\))?\s*-?[\d.]+$/, ''))).toEqual(
    want.nearest,
  );
  const verdict = page.getByTestId('analogy-verdict');
  if (want.after <= want.baseline) await expect(verdict).toContainText('did not really work');
  else if (want.rank === 1) await expect(verdict).toContainText('It worked');
  else await expect(verdict).toContainText('Half-way');
  return want;
}

test.describe('Analogies lesson (WASM)', () => {
  test('before, after, baseline, rank and nearest words match a recomputation from the download', async ({
    page,
  }) => {
    await openApp(page, { route: '/analogies' });
    await waitForBackend(page, 'WASM');
    await revealKing(page);
    await settled(page);
    const king = await downloadJson<AnalogyVectors>(page, 'Download vectors (JSON)');
    expect(king.model).toBe('tiny-bert');
    expect(king.dtype).toBe('q8');
    expect([king.a.text, king.b.text, king.c.text, king.d.text]).toEqual(['king', 'man', 'woman', 'queen']);
    expect(king.candidates.length).toBeGreaterThanOrEqual(45);
    expect(king.candidates.map((c) => c.vector.length).every((n) => n === 384)).toBe(true);
    // D's vector is D's candidate vector: one embedding, used for every number.
    expect(king.candidates.find((c) => c.text === 'queen')?.vector).toEqual(king.d.vector);
    const want = await checkNumbers(page, king);
    expect(want.count).toBe(king.candidates.length - 3); // king, man and woman are left out

    await page.getByRole('button', { name: /Paris − France \+ Italy/ }).click();
    await expect(page.getByRole('button', { name: /Paris − France \+ Italy/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByTestId('analogy-rank-line')).toContainText('Rome');
    await settled(page);
    const paris = await downloadJson<AnalogyVectors>(page, 'Download vectors (JSON)');
    expect(paris.d.text).toBe('Rome');
    await checkNumbers(page, paris);
  });

  test('free input: four typed words, D added to the candidates when missing', async ({ page }) => {
    await openApp(page, { route: '/analogies' });
    await waitForBackend(page, 'WASM');
    const words = {
      'A: start with': 'puppy',
      'B: subtract': 'dog',
      'C: add': 'cat',
      'D: expected': 'kitten',
    };
    for (const [label, word] of Object.entries(words)) await page.getByLabel(label).fill(word);
    await page.getByLabel('Candidate words (one per line)').fill('lion\ncat\nsofa\ntiger\nDog\nmilk');
    await expect(page.getByTestId('analogy-rank-line')).toContainText('kitten');
    await settled(page);
    const saved = await downloadJson<AnalogyVectors>(page, 'Download vectors (JSON)');
    expect(saved.candidates.map((c) => c.text)).toEqual([
      'kitten',
      'lion',
      'cat',
      'sofa',
      'tiger',
      'Dog',
      'milk',
    ]);
    const want = await checkNumbers(page, saved);
    expect(want.count).toBe(5); // cat and Dog (= C and B) are left out
  });

  test('the king question hides its answer until a guess, then answers from the model', async ({ page }) => {
    await openApp(page, { route: '/analogies' });
    await waitForBackend(page, 'WASM');
    const predict = page.getByTestId('predict-king');
    await expect(predict.getByRole('button', { name: /reveal/i })).toBeDisabled();
    await expect(page.getByTestId('predict-king-answer')).toBeHidden();
    // The preset below is the question's own words: its numbers wait for the reveal too.
    await expect(page.getByTestId('analogy-after-reveal')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByTestId('analogy-result')).toHaveCount(0);
    await revealKing(page);
    await settled(page);
    const want = recompute(await downloadJson<AnalogyVectors>(page, 'Download vectors (JSON)'));
    const answer = page.getByTestId('king-answer');
    await expect(answer).toContainText(`queen is number ${want.rank} of ${want.count} candidates`);
    await expect(answer).toContainText(want.rank === 1 ? 'yes' : `the nearest is “${want.nearest[0]}”`);
  });
});
