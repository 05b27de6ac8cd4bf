import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectedReadout, handlePosition, readout } from './support/angleReadout';
import { openApp, waitForBackend } from './support/app';
import { cosineOf, distanceOf, dotOf, lengthOf } from './support/vectorMath';

interface SentenceVectors {
  texts: string[];
  vectors: number[][];
}

const SENTENCES = [
  'A dog runs in the park.',
  'A puppy plays on the grass.',
  'Interest rates rose again.',
  'I play the guitar.',
];

const tab = (page: Page) => page.keyboard.press('Tab');

/** `target` has keyboard focus and shows it: an outline or box-shadow, or the ring VectorPlane draws round a handle. */
async function expectFocused(page: Page, target: Locator) {
  await expect(target).toBeFocused();
  const ring = await page.evaluate(() => {
    const shows = (s: CSSStyleDeclaration) =>
      (s.outlineStyle !== 'none' &&
        parseFloat(s.outlineWidth) > 0 &&
        s.outlineColor !== 'rgba(0, 0, 0, 0)') ||
      s.boxShadow !== 'none';
    const focused = document.activeElement!;
    if (shows(getComputedStyle(focused))) return 'visible';
    // SVG outlines are unreliable, so the plane strokes the handle's hit circle instead.
    const drawn = focused.querySelector('.vector-plane-hit');
    const stroke = drawn && getComputedStyle(drawn);
    if (stroke && stroke.stroke !== 'none' && parseFloat(stroke.strokeWidth) > 0) return 'visible';
    return `no focus indicator on <${focused.tagName.toLowerCase()}>`;
  });
  expect(ring).toBe('visible');
}

/** The readout matches what the handles' own positions give. */
async function expectReadoutFromHandles(page: Page, handleA: Locator, handleB: Locator) {
  const [a, b] = [await handlePosition(handleA), await handlePosition(handleB)];
  expect(await readout(page)).toEqual(expectedReadout(a, b));
}

test('the Similarity lesson can be done from start to end with the keyboard alone', async ({ page }) => {
  await openApp(page, { route: '/similarity' });
  await waitForBackend(page, 'WASM');

  // 1. The first Tab reaches the skip link; Enter moves focus to the lesson.
  await tab(page);
  await expectFocused(page, page.getByRole('link', { name: 'Skip to content' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // 2. The two handles of the angle widget move with arrow keys (0.1 a step, Shift: 0.5).
  const handleA = page.getByRole('button', { name: /Tip of vector a/ });
  const handleB = page.getByRole('button', { name: /Tip of vector b/ });
  const startA = await handlePosition(handleA);
  await tab(page);
  await expectFocused(page, handleA);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowUp');
  expect(await handlePosition(handleA)).toEqual([
    Number((startA[0] - 0.2).toFixed(1)),
    Number((startA[1] + 0.5).toFixed(1)),
  ]);
  await expectReadoutFromHandles(page, handleA, handleB);

  const startB = await handlePosition(handleB);
  await tab(page);
  await expectFocused(page, handleB);
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowDown');
  expect(await handlePosition(handleB)).toEqual([
    Number((startB[0] + 0.5).toFixed(1)),
    Number((startB[1] - 0.1).toFixed(1)),
  ]);
  await expectReadoutFromHandles(page, handleA, handleB);

  // 3. The widget's buttons: Enter sets the worked example, Space scales both arrows to length 1.
  await tab(page);
  await expectFocused(page, page.getByRole('button', { name: /Set the example/ }));
  await page.keyboard.press('Enter');
  expect(await handlePosition(handleA)).toEqual([1, 2]);
  expect(await handlePosition(handleB)).toEqual([3, 4]);
  await expectReadoutFromHandles(page, handleA, handleB);
  await expect(page.getByTestId('readout-dot')).toHaveText('11');

  await tab(page);
  await expectFocused(page, page.getByRole('button', { name: 'Scale both to length 1' }));
  await page.keyboard.press('Space');
  const unit = (v: number[]) => v.map((x) => x / lengthOf(v));
  expect(await readout(page)).toEqual(expectedReadout(unit([1, 2]), unit([3, 4])));
  // At length 1 the dot product is the cosine.
  await expect(page.getByTestId('readout-dot')).toHaveText(
    (await page.getByTestId('readout-cosine').textContent())!,
  );
  await expect(page.getByTestId('readout-identity')).toContainText('always equal');

  // 4. Predict, then reveal: Space picks a guess, arrows change it, Enter reveals the answer.
  const predict = page.getByTestId('predict-metric');
  const answer = page.getByTestId('predict-metric-answer');
  await tab(page);
  await expectFocused(page, predict.getByRole('radio', { name: 'Yes, the order changes' }));
  await expect(predict.getByRole('button', { name: /reveal/i })).toBeDisabled();
  await page.keyboard.press('Space');
  await expect(predict.getByRole('radio', { name: 'Yes, the order changes' })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  const guess = predict.getByRole('radio', { name: 'No, only the numbers change' });
  await expectFocused(page, guess);
  await expect(guess).toBeChecked();
  await expect(answer).toBeHidden();
  await tab(page);
  await expectFocused(page, predict.getByRole('button', { name: 'Reveal the answer' }));
  await page.keyboard.press('Enter');
  await expect(answer).toContainText('Right!');
  await expect(answer).toContainText('2 − 2 cos θ');
  // The pressed button is gone; focus lands on the answer it revealed, not on the page body.
  await expectFocused(page, answer);

  // 5. The sentences box: select all, type new sentences, wait for their matrix.
  await tab(page);
  await expectFocused(page, page.getByTestId('sentences-input'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(SENTENCES.join('\n'));
  await expect(page.getByTestId('sentences-input')).toHaveValue(SENTENCES.join('\n'));
  const result = page.getByTestId('similarity-result');
  await expect(result).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await expect(page.locator('rect.heatmap-cell')).toHaveCount(SENTENCES.length ** 2);
  await expect(
    page.getByRole('combobox', { name: /Rank the other sentences/ }).getByRole('option'),
  ).toHaveText(SENTENCES.map((s, i) => `${i + 1}. ${s}`));

  // 6. The metric radios: arrows walk through the four metrics; the ranking's numbers follow.
  const ranking = page.getByTestId('neighbour-ranking').getByRole('listitem');
  const readRanking = async () => ({
    texts: await ranking.locator('.ranking-text').allTextContents(),
    values: (await ranking.locator('.ranking-value').allTextContents()).map(Number),
  });
  const shown: { metric: string; from: number; texts: string[]; values: number[] }[] = [];
  await tab(page);
  await expectFocused(page, page.getByRole('radio', { name: 'Cosine similarity' }));
  shown.push({ metric: 'Cosine similarity', from: 0, ...(await readRanking()) });
  for (const metric of ['Dot product', 'Cosine distance', 'Euclidean distance']) {
    await page.keyboard.press('ArrowRight');
    const radio = page.getByRole('radio', { name: metric });
    await expectFocused(page, radio);
    await expect(radio).toBeChecked();
    await expect(page.getByTestId('neighbour-ranking')).toHaveAttribute(
      'aria-label',
      new RegExp(`by ${metric.toLowerCase()}$`),
    );
    await expect(page.getByTestId('ranking-check')).toHaveText('✓ Same order as cosine');
    shown.push({ metric, from: 0, ...(await readRanking()) });
  }

  // 7. The "rank from" select: ArrowDown picks sentence 2, which leaves the ranking.
  const rankFrom = page.getByRole('combobox', { name: /Rank the other sentences/ });
  await tab(page);
  await expectFocused(page, rankFrom);
  await page.keyboard.press('ArrowDown');
  await expect(rankFrom).toHaveValue('1');
  await expect(ranking.locator('.ranking-text')).not.toContainText([SENTENCES[1]]);
  shown.push({ metric: 'Euclidean distance', from: 1, ...(await readRanking()) });

  // 8. Enter on the download button saves the vectors the page compared.
  const download = page.getByRole('button', { name: 'Download vectors (JSON)' });
  await tab(page);
  await expectFocused(page, download);
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const saved = JSON.parse(await readFile(await file.path(), 'utf8')) as SentenceVectors;
  expect(saved.texts).toEqual(SENTENCES);

  // Every ranking shown was the right one for those vectors: the right order and the right numbers.
  const measures: Record<string, (a: number[], b: number[]) => number> = {
    'Cosine similarity': cosineOf,
    'Dot product': dotOf,
    'Cosine distance': (a, b) => 1 - cosineOf(a, b),
    'Euclidean distance': distanceOf,
  };
  for (const { metric, from, texts, values } of shown) {
    const others = SENTENCES.map((_, i) => i).filter((i) => i !== from);
    const byCosine = [...others].sort(
      (i, j) =>
        cosineOf(saved.vectors[from], saved.vectors[j]) - cosineOf(saved.vectors[from], saved.vectors[i]),
    );
    expect(texts, `${metric} from sentence ${from + 1}`).toEqual(byCosine.map((i) => SENTENCES[i]));
    const wanted = byCosine.map((i) =>
      Number(measures[metric](saved.vectors[from], saved.vectors[i]).toFixed(3)),
    );
    expect(values, `${metric} from sentence ${from + 1}`).toEqual(wanted);
  }

  // 9. That was the lesson's last control: the next Tab leaves it.
  await tab(page);
  expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(
    false,
  );
});

/** Presses Tab until `target` has focus (it must be reachable within `limit` presses). */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await tab(page);
  }
  await expectFocused(page, target);
}

test('the workshop’s instructor notes, class pulse and projector view work with the keyboard alone', async ({
  page,
}) => {
  await openApp(page, { route: '/similarity', extra: { workshop: '1' } });
  await waitForBackend(page, 'WASM');

  // The notes open from the step bar with Enter.
  const notes = page.getByRole('button', { name: 'Instructor notes' });
  await tabTo(page, notes);
  await page.keyboard.press('Enter');
  await expect(notes).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByTestId('instructor-panel');
  await expect(panel.getByTestId('step-notes')).toContainText('No, only the numbers change');

  // The session length: arrows move between 60 and 90 minutes.
  const sixty = page.getByRole('radio', { name: '60 minutes' });
  await tabTo(page, sixty);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '90 minutes' })).toBeChecked();
  await expect(page.getByTestId('workshop-agenda').locator('tfoot')).toContainText('1:30');

  // The codes box takes typed codes; the tally follows.
  const codes = panel.getByRole('textbox', { name: 'Students’ codes' });
  await tabTo(page, codes);
  await page.keyboard.type('4004');
  await expect(panel.getByTestId('pulse-lesson-4').getByRole('heading')).toHaveText('Similarity: 1 code');

  // The student's side: tick with Space, show the code with Enter.
  const firstBox = page.getByTestId('workshop-checkpoint').getByRole('checkbox').first();
  await tabTo(page, firstBox);
  await page.keyboard.press('Space');
  await expect(firstBox).toBeChecked();
  const show = page.getByRole('button', { name: 'Show my answer code' });
  await tabTo(page, show);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pulse-code')).toHaveText(/^4[0-9A-Z]{3}$/);

  // The projector view: Page Down, and the screen buttons with Enter.
  await openApp(page, { route: '/similarity', extra: { workshop: '1', present: '1' } });
  const bar = page.getByTestId('presenter-bar');
  // The lesson's chunk loads after the bar: wait until its screens are counted.
  await expect(bar).toContainText(/screen 1 of [2-9]/);
  await page.keyboard.press('PageDown');
  await expect(bar).toContainText('screen 2 of');
  const next = bar.getByRole('button', { name: 'Next screen →' });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(bar).toContainText('screen 3 of');
  await expect(page.getByRole('heading', { name: '2. Your sentences, compared' })).toBeVisible();
});

test('the map page: projection, UMAP, colour, layers, clusters and the prediction work from the keyboard', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openApp(page, { route: '/pca-map', extra: { rows: '40' } });
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('explained-variance')).toBeVisible({ timeout: 120_000 });

  // 1. From the projection switch, Tab reaches UMAP's knobs, which arrow keys change, then Run.
  const pca = page.getByRole('radio', { name: 'PCA', exact: true });
  await pca.focus();
  await expectFocused(page, pca);
  await tab(page);
  const neighbours = page.getByRole('slider', { name: /Neighbours/ });
  await expectFocused(page, neighbours);
  await page.keyboard.press('ArrowRight');
  await expect(neighbours).toHaveValue('16');
  await tab(page);
  const minDist = page.getByRole('slider', { name: /Minimum distance/ });
  await expectFocused(page, minDist);
  await page.keyboard.press('ArrowRight');
  await expect(minDist).toHaveValue('0.11');
  await tab(page);
  await expectFocused(page, page.getByRole('spinbutton', { name: 'Seed' }));
  await tab(page);
  const run = page.getByRole('button', { name: 'Run UMAP' });
  await expectFocused(page, run);
  await page.keyboard.press('Enter');
  const controls = page.getByTestId('umap-controls');
  await expect(controls).toHaveAttribute('data-state', 'done', { timeout: 180_000 });
  await expect(page.getByTestId('umap-done')).toContainText('16 neighbours and minimum distance 0.11');

  // 2. Arrow keys in the radio group switch the map to UMAP.
  await pca.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'UMAP', exact: true })).toBeChecked();
  await expect(page.getByTestId('map-view')).toHaveAttribute('data-method', 'umap');
  await expect(page.getByTestId('projection-quality')).toHaveAttribute('data-method', 'umap');

  // 3. Colour menu and layer toggles.
  const colour = page.getByRole('combobox', { name: 'Colour by' });
  await colour.focus();
  await expectFocused(page, colour);
  await expect(page.getByRole('option', { name: /^Recall@10/ })).toBeEnabled({ timeout: 60_000 });
  await colour.selectOption({ label: 'Recall@10 of each point' });
  await expect(page.getByRole('list', { name: /^Colours/ })).toContainText('of 10 kept');
  const contours = page.getByRole('checkbox', { name: 'Density contours' });
  await contours.focus();
  await expectFocused(page, contours);
  await page.keyboard.press('Space');
  await expect(contours).toBeChecked();
  await expect(page.locator('.scatter-contour').first()).toBeAttached();

  // 4. The map itself: arrows walk the points, Enter pins one.
  const plot = page.getByRole('application', { name: /placed by UMAP/ });
  await plot.focus();
  await expectFocused(page, plot);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Point \d+ of 40: .*UMAP 1/)).toBeAttached();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('pinned-card')).toContainText('UMAP 1');

  // 5. The number of clusters follows the arrow keys; the table follows the number.
  const k = page.getByRole('slider', { name: /Number of clusters/ });
  await expect(page.getByTestId('cluster-table')).toBeVisible({ timeout: 120_000 });
  await k.focus();
  await expectFocused(page, k);
  const before = Number(await k.inputValue());
  await page.keyboard.press(before < 9 ? 'ArrowRight' : 'ArrowLeft');
  const after = before < 9 ? before + 1 : before - 1;
  await expect(page.getByTestId('cluster-table').locator('tbody tr')).toHaveCount(after, {
    timeout: 120_000,
  });

  // 6. Predict, then reveal.
  const question = page.getByTestId('predict-map-quality');
  const guess = question.getByRole('radio', { name: 'The UMAP map' });
  await guess.focus();
  await page.keyboard.press('Space');
  await expect(guess).toBeChecked();
  await tab(page);
  // The map page has a second question (PCA without noise): look for this question's button only.
  const reveal = question.getByRole('button', { name: 'Reveal the answer' });
  await expectFocused(page, reveal);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('predict-map-quality-answer')).toBeFocused();
  await expect(page.getByTestId('predict-map-quality-answer')).toContainText('keeps more');
});

// The predict questions added for issue 14: each one answered with the keyboard alone, from the lesson's heading.
for (const [route, id] of [
  ['/first-embedding', 'similar-meaning'],
  ['/search', 'no-shared-word'],
  ['/pca-map', 'pca-no-noise'],
  ['/where-embeddings-are-used', 'rag-missed-passage'],
] as const) {
  test(`the predict question on ${route} works from the keyboard`, async ({ page }) => {
    await openApp(page, { route });
    const predict = page.getByTestId(`predict-${id}`);
    const radios = predict.getByRole('radio');
    // Tab from the top of the lesson to the question's first choice.
    await page.locator('article.lesson h1').click();
    await tabTo(page, radios.first());
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expectFocused(page, radios.nth(1));
    await expect(radios.nth(1)).toBeChecked();
    await tab(page);
    await expectFocused(page, predict.getByRole('button', { name: 'Reveal the answer' }));
    await page.keyboard.press('Enter');
    const answer = page.getByTestId(`predict-${id}-answer`);
    await expect(answer).toBeVisible();
    await expect(answer).toBeFocused();
  });
}
