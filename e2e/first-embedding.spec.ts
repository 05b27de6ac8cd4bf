import { expect, test } from '@playwright/test';
import {
  downloadJson,
  embedOnFirstPage,
  openApp,
  waitForBackend,
  vectorLength,
  type VectorDownload,
} from './support/app';
import { cosineOf } from './support/vectorMath';

test.describe('Your first embedding (WASM)', () => {
  test('embeds typed text into a unit vector and shows its tokens, time and backend', async ({ page }) => {
    await openApp(page, { device: 'wasm' });
    await waitForBackend(page, 'WASM');
    const status = page.getByTestId('backend-status');
    await expect(status).toContainText('q8');
    // Cross-origin isolation (COOP/COEP from the server) allows 2 threads on a 2-core machine.
    await expect(status).toContainText(/\d+ threads?/);
    await expect(page.getByTestId('ready-line')).toContainText(/Model ready in \d+\.\d s/);

    await embedOnFirstPage(page, 'Unaffable data scientists love Python');
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
    await expect(
      page.getByRole('list', { name: 'Word-piece tokens' }).getByRole('listitem').first(),
    ).toHaveText('[CLS]');
    await expect(page.getByTestId('token-count')).toContainText('tokens kept');
    await expect(page.getByTestId('embed-time')).toHaveText(/\d+ ms|\d+\.\d+ s/);

    const saved = await downloadJson<VectorDownload>(page, 'Download vector (JSON)');
    expect(saved.model).toBe('tiny-bert');
    expect(saved.dtype).toBe('q8');
    expect(saved.device).toBe('wasm');
    expect(saved.tokens[0]).toBe('[CLS]');
    expect(saved.tokens.at(-1)).toBe('[SEP]');
    expect(saved.vector).toHaveLength(384);
    expect(vectorLength(saved.vector)).toBeCloseTo(1, 4);
    const numbers = page.getByRole('list', { name: /The 384 numbers/ }).getByRole('listitem');
    await expect(numbers).toHaveCount(384);
  });

  test('says when a long text was cut to 256 tokens', async ({ page }) => {
    await openApp(page, { device: 'wasm' });
    await waitForBackend(page, 'WASM');
    await embedOnFirstPage(page, 'data '.repeat(4000));
    await expect(page.getByTestId('token-count')).toContainText('256 tokens kept of 4002');
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
  });

  test('different texts give different vectors; the same text gives the same vector', async ({ page }) => {
    await openApp(page, { device: 'wasm' });
    await waitForBackend(page, 'WASM');
    const vectorFor = async (text: string) => {
      await embedOnFirstPage(page, text);
      const saved = await downloadJson<VectorDownload & { text: string }>(page, 'Download vector (JSON)');
      expect(saved.text).toBe(text);
      return saved.vector;
    };
    const a = await vectorFor('nurse');
    const b = await vectorFor('python developer');
    const again = await vectorFor('nurse');
    expect(a).toEqual(again);
    expect(a).not.toEqual(b);
  });

  test('the similar-meaning question answers with the cosines of the vectors it downloads', async ({
    page,
  }) => {
    await openApp(page, { route: '/first-embedding' });
    await waitForBackend(page, 'WASM');
    const predict = page.getByTestId('predict-similar-meaning');
    await expect(page.getByTestId('predict-similar-meaning-answer')).toBeHidden();
    await predict.getByRole('radio').first().check();
    await predict.getByRole('button', { name: 'Reveal the answer' }).click();
    const result = page.getByTestId('similar-meaning-result');
    await expect(result).toBeVisible({ timeout: 60_000 });
    const saved = await downloadJson<{ texts: string[]; vectors: number[][] }>(
      page,
      'Download vectors (JSON)',
    );
    expect(saved.texts).toEqual([
      'The cat is asleep on the sofa.',
      'A kitten naps on the couch.',
      'The sofa is on sale at the shop.',
    ]);
    const [same, shared] = [1, 2].map((i) => cosineOf(saved.vectors[0], saved.vectors[i]));
    await expect(result).toContainText(`${same.toFixed(3)} for “A kitten naps on the couch.”`);
    await expect(result).toContainText(`${shared.toFixed(3)} for “The sofa is on sale at the shop.”`);
    await expect(result).toContainText(same > shared ? 'the same meaning wins' : 'the shared word wins');
    await expect(predict).toContainText(same > shared ? 'Right!' : 'Not quite');
  });
});
