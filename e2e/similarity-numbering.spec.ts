import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';
import { shownListNumbers } from './support/listNumbers';

const EIGHT = [
  'A dog runs in the park.',
  'A puppy plays on the grass.',
  'Interest rates rose again.',
  'It is raining in London.',
  'The sky is clear and blue.',
  'Cheese goes well with bread.',
  'I run fast every morning.',
  'Hello there, how are you?',
];
const SIX = [EIGHT[0], EIGHT[2], EIGHT[4], EIGHT[5], EIGHT[6], EIGHT[7]];

const RANKING = '[data-testid="neighbour-ranking"]';
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

async function expectNumbering(page: Page, sentences: readonly string[]) {
  const items = page.locator(RANKING).getByRole('listitem');
  await expect(items).toHaveCount(sentences.length - 1, { timeout: 60_000 });
  await expect(page.getByTestId('similarity-result')).toHaveAttribute('aria-busy', 'false', {
    timeout: 60_000,
  });
  expect(await shownListNumbers(page, RANKING)).toEqual(oneTo(sentences.length - 1));
}

// Issue 14: after editing the sentences and switching the metric, the list read 1, 4, 5, 6, 7.
test('the nearest-neighbour list stays numbered 1, 2, 3, … through edits and metric switches', async ({
  page,
}) => {
  await openApp(page, { route: '/similarity' });
  await waitForBackend(page, 'WASM');
  const input = page.getByTestId('sentences-input');
  const metric = (name: string) => page.getByRole('radio', { name, exact: true }).check();

  await input.fill(EIGHT.join('\n'));
  await expectNumbering(page, EIGHT);
  await metric('Euclidean distance');
  await expectNumbering(page, EIGHT);
  await input.fill(SIX.join('\n'));
  await expectNumbering(page, SIX);
  await metric('Dot product');
  await expectNumbering(page, SIX);
  await page.getByLabel('Rank the other sentences by how close they are to').selectOption('3');
  await expectNumbering(page, SIX);
});
