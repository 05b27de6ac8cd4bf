import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

async function showText(page: Page, text: string): Promise<void> {
  await page.getByTestId('inside-input').fill(text);
  await expect(page.getByTestId('inside-result')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
}

test.describe('Inside the model (WASM)', () => {
  test.beforeEach(async ({ page }) => {
    await openApp(page, { device: 'wasm', route: '/inside-the-model' });
    await waitForBackend(page, 'WASM');
  });

  test('shows one heatmap row per token over 384 dimensions, and the lengths before and after scaling', async ({
    page,
  }) => {
    await showText(page, 'The cat sat on the mat.');
    const tokens = page.getByRole('list', { name: 'Word-piece tokens' }).getByRole('listitem');
    const tokenCount = await tokens.count();
    expect(tokenCount).toBeGreaterThan(2);
    await expect(tokens.first()).toHaveText('[CLS]');
    await expect(tokens.last()).toHaveText('[SEP]');
    await expect(page.getByTestId('kept-token-count')).toHaveText(String(tokenCount));
    await expect(page.getByTestId('truncation-notice')).toHaveCount(0);

    const heatmap = page.getByTestId('token-heatmap');
    await expect(heatmap).toHaveAttribute('data-rows', String(tokenCount));
    await expect(heatmap).toHaveAttribute('data-cols', '384');
    await expect(heatmap.locator('.canvas-heatmap-rows li')).toHaveCount(tokenCount);
    await expect(page.getByTestId('token-vectors-summary')).toContainText(
      `${tokenCount} pieces × 384 numbers = ${tokenCount * 384} values`,
    );

    // The canvas maps the pointer to cells: its corners are the first and last token's first and last dimension.
    const canvas = heatmap.locator('canvas');
    const box = (await canvas.boundingBox())!;
    await canvas.hover({ position: { x: 0.5, y: 0.5 } });
    await expect(heatmap.locator('figcaption')).toContainText('piece 0 “[CLS]”, dimension 0:');
    await canvas.hover({ position: { x: box.width - 0.5, y: box.height - 0.5 } });
    await expect(heatmap.locator('figcaption')).toContainText(
      `piece ${tokenCount - 1} “[SEP]”, dimension 383:`,
    );
    // Keyboard users move the same cursor with the arrow keys.
    await canvas.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    await expect(heatmap.locator('figcaption')).toContainText(`piece ${tokenCount - 2} `);
    await expect(heatmap.locator('figcaption')).toContainText('dimension 0:');

    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
    const predict = page.getByTestId('predict-length');
    await predict.getByLabel('Less than 1').check();
    await predict.getByRole('button', { name: 'Reveal the answer' }).click();
    const pooled = Number(await page.getByTestId('pooled-norm').textContent());
    expect(pooled).toBeGreaterThan(0);
    expect(pooled).not.toBeCloseTo(1, 3);
  });

  test('says how much of a long text was cut', async ({ page }) => {
    await showText(page, 'data '.repeat(4000));
    await expect(page.getByTestId('full-token-count')).toHaveText('4002');
    await expect(page.getByTestId('kept-token-count')).toHaveText('256');
    await expect(page.getByTestId('truncation-notice')).toHaveText(
      /read the first 256 word pieces; 3746 were cut/,
    );
    await expect(page.getByTestId('token-heatmap')).toHaveAttribute('data-rows', '256');
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
  });

  test('fills the box with 20,000 characters from the example and reports the cut', async ({ page }) => {
    await page.getByRole('button', { name: 'A very long text' }).click();
    await expect(page.getByTestId('char-count')).toContainText(
      '20,000 of 20,000 characters (the box is full)',
    );
    await expect(page.getByTestId('inside-result')).toHaveAttribute('aria-busy', 'false', {
      timeout: 60_000,
    });
    await expect(page.getByTestId('truncation-notice')).toBeVisible();
  });

  test('shows unknown pieces for emoji and asks for text when the box is empty', async ({ page }) => {
    await showText(page, 'I ❤️ 東京 🙂');
    await expect(
      page
        .getByRole('list', { name: 'Word-piece tokens' })
        .getByRole('listitem')
        .filter({ hasText: '[UNK]' })
        .first(),
    ).toBeVisible();
    await expect(page.getByTestId('unknown-note')).toContainText('[UNK]');
    await page.getByTestId('inside-input').fill('');
    await expect(page.getByText('Type some text to look inside the model.')).toBeVisible();
    await expect(page.getByTestId('inside-result')).toHaveCount(0);
  });

  test('hides the length answer until a guess is made and revealed', async ({ page }) => {
    await showText(page, 'The cat sat on the mat.');
    const predict = page.getByTestId('predict-length');
    const reveal = predict.getByRole('button', { name: /reveal/i });
    await expect(reveal).toBeDisabled();
    await expect(page.getByTestId('predict-length-answer')).toBeHidden();
    await expect(page.getByTestId('pooled-norm')).toHaveCount(0);
    await predict.getByLabel('Exactly 1').check();
    await reveal.click();
    const pooled = await page.getByTestId('pooled-norm').textContent();
    await expect(page.getByTestId('predict-length-answer')).toContainText(`the average has length ${pooled}`);
    // The pooled length is not 1 on this model, so "Exactly 1" is marked wrong.
    await expect(page.getByTestId('predict-length-answer')).toContainText('Not quite');
  });
});
