import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

/**
 * Predict, then reveal (issue 14): every lesson asks at least one question, and nothing that answers
 * one is visible before the student reveals it. Answers sit in `[data-predict-answer]` elements,
 * hidden until the reveal; their key facts (a number, a verdict) are marked `[data-answer-key]`.
 * Before the reveal no key fact may appear anywhere in the page's visible text.
 */

const BUSY = ['Waiting for the model…', 'Asking the model…'];

/** Waits until no answer or result is still being computed, so the page shows all it will show. */
async function settle(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(
          (busy) =>
            !busy.some((text) => document.body.textContent?.includes(text)) &&
            document.querySelector('[aria-busy="true"]') === null,
          BUSY,
        ),
      { timeout: 60_000 },
    )
    .toBe(true);
}

/** `key` as a whole: "28" must not match inside "0.283" or "128". */
function occurs(text: string, key: string): boolean {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d]|\\.\\d)`).test(text);
}

const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

test('every lesson asks a predict question and shows no answer before the reveal', async ({ page }) => {
  test.setTimeout(400_000);
  await openApp(page, { route: '/what-is-an-embedding' });
  const routes = await page
    .getByRole('navigation', { name: 'Lessons' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
  expect(routes.length).toBe(9);
  let keysChecked = 0;

  for (const route of routes) {
    await test.step(route, async () => {
      // A fresh page for each lesson: nothing revealed yet. Leaving first makes it a new document, not a
      // hash change that would keep the last lesson on screen while the next one's chunk loads.
      await page.goto('about:blank');
      await openApp(page, { route });
      await waitForBackend(page, 'WASM');
      const questions = page.locator('[data-predict-question]');
      await expect(questions.first()).toBeAttached({ timeout: 60_000 });
      await settle(page);
      const count = await questions.count();
      expect(count, `${route}: predict questions`).toBeGreaterThanOrEqual(1);

      const answers = page.locator('[data-predict-answer]');
      await expect(answers).toHaveCount(count);
      for (const answer of await answers.all()) await expect(answer).toBeHidden();
      const keys = (await page.locator('[data-answer-key]').allTextContents()).map((k) => k.trim());
      const before = await visibleText(page);
      for (const key of keys) {
        expect(key, `${route}: an empty answer key`).not.toBe('');
        expect(occurs(before, key), `${route}: “${key}” is visible before the reveal`).toBe(false);
      }

      for (const question of await questions.all()) {
        await question.getByRole('radio').first().check();
        await question.getByRole('button', { name: 'Reveal the answer' }).click();
      }
      for (const answer of await answers.all()) await expect(answer).toBeVisible();
      await settle(page);
      const after = await visibleText(page);
      for (const key of keys) expect(occurs(after, key), `${route}: “${key}” after the reveal`).toBe(true);
      keysChecked += keys.length;
    });
  }
  // Questions whose answer comes from the model carry key facts; make sure the walk saw them.
  expect(keysChecked).toBeGreaterThanOrEqual(8);
});
