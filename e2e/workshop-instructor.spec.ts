import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

const panel = (page: Page) => page.getByTestId('instructor-panel');
const notesButton = (page: Page) => page.getByRole('button', { name: 'Instructor notes' });
const agendaRows = (page: Page) => page.getByTestId('workshop-agenda').locator('tbody tr');

const LESSON_ROUTES = [
  '/what-is-an-embedding',
  '/first-embedding',
  '/inside-the-model',
  '/similarity',
  '/analogies',
  '/looking-at-embeddings',
  '/search',
  '/pca-map',
  '/where-embeddings-are-used',
];

test('the instructor opens an agenda that fits 60 or 90 minutes, and notes for the step', async ({
  page,
}) => {
  await openApp(page, { route: '/similarity', extra: { workshop: '1' } });
  await waitForBackend(page, 'WASM');
  // Hidden from students unless asked for.
  await expect(panel(page)).toHaveCount(0);
  await expect(notesButton(page)).toHaveAttribute('aria-expanded', 'false');
  await notesButton(page).click();
  await expect(notesButton(page)).toHaveAttribute('aria-expanded', 'true');
  expect(new URL(page.url()).searchParams.get('instructor')).toBe('1');

  // The agenda: welcome, nine lessons, wrap-up; the minutes add up to the session length.
  await expect(agendaRows(page)).toHaveCount(11);
  const minutes = async () =>
    (await agendaRows(page).locator('td:last-child').allTextContents()).reduce(
      (sum, m) => sum + Number(m),
      0,
    );
  expect(await minutes()).toBe(60);
  await expect(page.getByTestId('workshop-agenda').locator('tfoot')).toContainText('1:00');
  await page.getByRole('radio', { name: '90 minutes' }).check();
  expect(await minutes()).toBe(90);
  await expect(page.getByTestId('workshop-agenda').locator('tfoot')).toContainText('1:30');
  const current = page.getByTestId('workshop-agenda').locator('tr[aria-current="step"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('Similarity');

  // Notes for this step: the predict question's answer and the open exercise's answer.
  const notes = page.getByTestId('step-notes');
  await expect(notes).toContainText('What to say');
  await expect(notes).toContainText('What students typically get wrong');
  await expect(notes).toContainText('No, only the numbers change');
  await expect(notes.getByTestId('exercise-answer')).toContainText('cosine');

  // The panel stays open from step to step (the URL keeps it), and every lesson has notes and an exercise.
  for (const route of LESSON_ROUTES) {
    await page.goto(page.url().replace(/#.*$/, `#${route}`));
    await expect(page.getByTestId('open-exercise')).toBeVisible();
    await expect(page.getByTestId('open-exercise').getByRole('heading')).toHaveText('Open exercise');
    await expect(panel(page).getByTestId('exercise-answer')).not.toBeEmpty();
    await expect(panel(page).getByTestId('workshop-agenda').locator('tr[aria-current="step"]')).toHaveCount(
      1,
    );
  }

  // Closing it takes the flag off the URL.
  await notesButton(page).click();
  await expect(panel(page)).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('instructor')).toBe(false);
});

test('the class link carries neither the notes nor the projector view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, { route: '/search', extra: { workshop: '1', instructor: '1' } });
  await waitForBackend(page, 'WASM');
  const projector = panel(page).getByRole('link', { name: 'Open the projector view' });
  expect(new URL((await projector.getAttribute('href'))!, page.url()).searchParams.get('present')).toBe('1');
  await page.getByRole('button', { name: 'Copy class link' }).click();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(copied.searchParams.has('instructor')).toBe(false);
  expect(copied.searchParams.has('present')).toBe(false);
  expect(copied.searchParams.get('workshop')).toBe('1');
  expect(copied.hash).toBe('#/search');
});

test('the projector view shows one screen at a time in large type, with live widgets', async ({ page }) => {
  await openApp(page, { route: '/similarity', extra: { workshop: '1', present: '1' } });
  await waitForBackend(page, 'WASM');
  const bar = page.getByTestId('presenter-bar');
  await expect(bar).toContainText('Step 4 of 9');
  await expect(page.getByTestId('workshop-step')).toHaveCount(0);
  await expect(page.getByTestId('workshop-checkpoint')).toHaveCount(0);
  const rootSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(rootSize).toBeGreaterThanOrEqual(20);

  const title = page.getByRole('heading', { level: 1, name: 'Similarity' });
  const sentences = page.getByRole('heading', { name: '2. Your sentences, compared' });
  await expect(bar).toContainText('screen 1 of');
  await expect(title).toBeVisible();
  await expect(sentences).toBeHidden();

  // Page Down (what clickers send) moves on; the angle widget is the second screen and still works.
  await page.keyboard.press('PageDown');
  await expect(bar).toContainText('screen 2 of');
  await expect(title).toBeHidden();
  await page.getByRole('button', { name: /Set the example/ }).click();
  await expect(page.getByTestId('readout-dot')).toHaveText('11');

  await bar.getByRole('button', { name: 'Next screen →' }).click();
  await expect(sentences).toBeVisible();
  await expect(page.getByTestId('similarity-result')).toHaveAttribute('aria-busy', 'false', {
    timeout: 60_000,
  });
  await expect(page.locator('rect.heatmap-cell').first()).toBeVisible();

  // The last screen is the open exercise, and offers the next step.
  const total = Number((await bar.textContent())!.match(/screen \d+ of (\d+)/)![1]);
  for (let i = 3; i < total; i++) await bar.getByRole('button', { name: 'Next screen →' }).click();
  await expect(page.getByTestId('open-exercise')).toBeVisible();
  await expect(sentences).toBeHidden();
  await expect(bar.getByRole('button', { name: 'Next screen →' })).toBeDisabled();
  await bar.getByRole('link', { name: 'Next step →' }).click();
  await expect(bar).toContainText('Step 5 of 9');
  await expect(bar).toContainText('screen 1 of');
  await expect(page.getByRole('heading', { level: 1, name: 'Analogies' })).toBeVisible();

  await bar.getByRole('link', { name: 'Leave the projector view' }).click();
  await expect(bar).toHaveCount(0);
  await expect(page.getByTestId('workshop-step')).toBeVisible();
});

test('class pulse: a student’s code read on the instructor’s page gives back the same answers', async ({
  page,
  browser,
}) => {
  // The student: answers the predict question, ticks two of three checkpoints, shows the code.
  await openApp(page, { route: '/similarity', extra: { workshop: '1' } });
  await waitForBackend(page, 'WASM');
  const predict = page.getByTestId('predict-metric');
  await predict.getByRole('radio', { name: 'It depends on the sentences' }).check();
  await predict.getByRole('button', { name: 'Reveal the answer' }).click();
  const checkpoint = page.getByTestId('workshop-checkpoint');
  const boxes = checkpoint.getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await checkpoint.getByRole('button', { name: 'Show my answer code' }).click();
  const code = (await page.getByTestId('pulse-code').textContent())!;
  expect(code).toMatch(/^[0-9A-Z]{4}$/);
  await expect(checkpoint.getByRole('img', { name: `QR code of your answer code ${code}` })).toBeVisible();
  const checkpointTexts = await boxes.evaluateAll((inputs) =>
    inputs.map((input) => input.closest('label')!.textContent!.trim()),
  );

  // The instructor, in another browser context: nothing is shared but the typed code.
  const instructorContext = await browser.newContext();
  const instructor = await instructorContext.newPage();
  await openApp(instructor, { route: '/similarity', extra: { workshop: '1', instructor: '1' } });
  const reader = instructor.getByTestId('pulse-reader');
  await reader.getByRole('textbox', { name: 'Students’ codes' }).fill(`${code.toLowerCase()}\n${code}\nZZZZ`);
  await expect(reader.getByRole('alert')).toContainText('“ZZZZ”: a character is wrong');
  const lesson = reader.getByTestId('pulse-lesson-4');
  await expect(lesson.getByRole('heading')).toHaveText('Similarity: 2 codes');
  const ticks = lesson.getByRole('list', { name: 'Checkpoints ticked: Similarity' }).getByRole('listitem');
  await expect(ticks).toHaveText([
    `${checkpointTexts[0]}2 of 2`,
    `${checkpointTexts[1]}0 of 2`,
    `${checkpointTexts[2]}2 of 2`,
  ]);
  const guesses = lesson.getByRole('list', { name: /^Guesses:/ }).getByRole('listitem');
  await expect(guesses).toHaveText([
    'Yes, the order changes0 of 2',
    'No, only the numbers change0 of 2',
    'It depends on the sentences2 of 2',
    'Not answered yet0 of 2',
  ]);
  await instructorContext.close();
});

test('the instructor panel, the answer code and the projector view pass the accessibility scan', async ({
  page,
}) => {
  await openApp(page, { route: '/similarity', extra: { workshop: '1', instructor: '1' } });
  await waitForBackend(page, 'WASM');
  await page.getByTestId('pulse-reader').getByRole('textbox').fill('4004');
  await page.getByRole('button', { name: 'Show my answer code' }).click();
  const scan = async () =>
    (
      await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
    ).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(await scan()).toEqual([]);
  await openApp(page, { route: '/similarity', extra: { workshop: '1', present: '1' } });
  await expect(page.getByTestId('presenter-bar')).toBeVisible();
  expect(await scan()).toEqual([]);
});
