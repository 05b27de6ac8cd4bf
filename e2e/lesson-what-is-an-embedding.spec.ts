import { expect, test } from '@playwright/test';
import { openApp } from './support/app';

test.describe('What is an embedding? (no model needed)', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, { device: 'wasm', route: '/what-is-an-embedding' });
    await expect(page.getByRole('heading', { level: 1, name: 'What is an embedding?' })).toBeVisible();
  });

  test('predict, then reveal: the answer stays hidden until a guess is made', async ({ page }) => {
    const predict = page.getByTestId('predict-atoms');
    const reveal = predict.getByRole('button', { name: /reveal/i });
    await expect(page.getByTestId('predict-atoms-answer')).toBeHidden();
    await expect(reveal).toBeDisabled();

    await predict.getByRole('radio', { name: 'About 270' }).check();
    await expect(reveal).toBeEnabled();
    await expect(page.getByTestId('predict-atoms-answer')).toBeHidden();
    await reveal.click();

    const answer = page.getByTestId('predict-atoms-answer');
    await expect(answer).toBeVisible();
    await expect(answer).toContainText('Right!');
    await expect(answer).toContainText('N = 266: 2²⁶⁶ ≈ 1.2 × 10⁸⁰');
  });

  test('the dimensions slider counts corners exactly, then in scientific form', async ({ page }) => {
    const slider = page.getByRole('slider', { name: 'Dimensions N' });
    const count = page.getByTestId('corner-count');
    await slider.focus();
    await page.keyboard.press('Home');
    await expect(count).toHaveText('2¹ = 2');
    await expect(page.getByTestId('atoms-comparison')).toContainText('Fewer than');

    for (let n = 1; n < 384; n++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('384');
    await expect(count).toHaveText('2³⁸⁴ ≈ 3.9 × 10¹¹⁵');
    await expect(page.getByTestId('atoms-comparison')).toContainText('More than');
    await expect(page.getByTestId('dims-result')).toContainText('a number with 116 digits');
  });

  test('moving a handle with the keyboard moves the sum arrow', async ({ page }) => {
    const sum = page.getByTestId('sum-readout');
    await expect(sum).toHaveText('(2.4, 2.1), right on “ran”');

    const sumTipX = () =>
      page.getByTestId('concept-plane').locator('[data-vector="sum"] line').getAttribute('x2').then(Number);
    const startX = await sumTipX();
    const handle = page.getByRole('button', { name: /^Word arrow tip/ });
    await handle.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');

    await expect(page.getByTestId('word-readout')).toHaveText('(1.0, 0.5), right on “walk”');
    await expect(sum).toHaveText('(1.4, 2.1), right on “walked”');
    await expect(handle).toHaveAccessibleName(/at \(1\.00, 0\.50\)/);
    // The drawn sum arrow follows the numbers: its tip moved left on screen.
    expect(await sumTipX()).toBeLessThan(startX);
  });
});

test.describe('Where embeddings are used', () => {
  test('lists the uses, with outside links that open safely in a new tab', async ({ page }) => {
    await openApp(page, { device: 'wasm', route: '/where-embeddings-are-used' });
    await expect(page.getByRole('heading', { level: 1, name: 'Where embeddings are used' })).toBeVisible();
    for (const title of [
      'Search',
      'Retrieval-augmented generation (RAG)',
      'Recommendations',
      'Images (CLIP)',
      'Audio',
      'Generative models',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    }
    const links = page.locator('article a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(10);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });
});
