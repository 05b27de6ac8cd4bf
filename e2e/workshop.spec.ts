import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

const workshop = (extra: Record<string, string> = {}) => ({ workshop: '1', ...extra });

const stepBar = (page: Page) => page.getByTestId('workshop-step');
const checkpoint = (page: Page) => page.getByTestId('workshop-checkpoint');
const toggle = (page: Page) => page.getByRole('button', { name: 'Workshop', exact: true });

test('a workshop link shows the lesson as a numbered step with a checkpoint', async ({ page }) => {
  await openApp(page, { route: '/similarity', extra: workshop() });
  await waitForBackend(page, 'WASM');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(stepBar(page)).toContainText('Step 4 of 9');
  await expect(stepBar(page).getByRole('link', { name: 'Back: Inside the model' })).toHaveAttribute(
    'href',
    '#/inside-the-model',
  );
  await expect(page.getByRole('navigation', { name: 'Workshop steps' }).getByRole('listitem')).toHaveCount(9);
  await expect(checkpoint(page).getByRole('heading')).toHaveText('Checkpoint 4 of 9');

  const boxes = checkpoint(page).getByRole('checkbox');
  await expect(boxes).toHaveCount(3);
  await expect(checkpoint(page).getByRole('status')).toHaveText('0 of 3 done.');
  for (const box of await boxes.all()) await box.check();
  await expect(checkpoint(page).getByRole('status')).toHaveText('All 3 done: ready for step 5.');
  const similarityLink = page
    .getByRole('navigation', { name: 'Workshop steps' })
    .getByRole('link', { name: /Similarity/ });
  await expect(similarityLink).toContainText('checkpoint done');

  // Ticks are the student's own progress: they survive a reload.
  await page.reload();
  await expect(checkpoint(page).getByRole('status')).toHaveText('All 3 done: ready for step 5.');

  await checkpoint(page).getByRole('link', { name: 'Step 5: Analogies →' }).click();
  await expect(page).toHaveURL(/#\/analogies$/);
  await expect(stepBar(page)).toContainText('Step 5 of 9');
  await expect(checkpoint(page).getByRole('status')).toHaveText('0 of 2 done.');
});

test('the toggle writes workshop mode into the URL and keeps the other parameters', async ({ page }) => {
  await openApp(page, { route: '/search' });
  await waitForBackend(page, 'WASM');
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(stepBar(page)).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeVisible();

  await toggle(page).click();
  await expect(stepBar(page)).toContainText('Step 7 of 9');
  const on = new URL(page.url());
  expect(on.searchParams.get('workshop')).toBe('1');
  expect(on.searchParams.get('modelBase')).toBe('/fixture-models');
  expect(on.searchParams.get('model')).toBe('tiny-bert');
  expect(on.hash).toBe('#/search');

  await toggle(page).click();
  await expect(stepBar(page)).toHaveCount(0);
  await expect(checkpoint(page)).toHaveCount(0);
  const off = new URL(page.url());
  expect(off.searchParams.has('workshop')).toBe(false);
  expect(off.searchParams.get('device')).toBe('wasm');
  expect(off.hash).toBe('#/search');
});

test('an instructor can pick the steps, and copy the class link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openApp(page, { route: '/search', extra: workshop({ steps: 'similarity,search,pca-map' }) });
  await waitForBackend(page, 'WASM');
  const nav = page.getByRole('navigation', { name: 'Workshop steps' });
  await expect(nav.getByRole('link')).toHaveText([/Similarity/, /Semantic search/, /Maps: PCA and UMAP/]);
  await expect(stepBar(page)).toContainText('Step 2 of 3');
  await expect(stepBar(page).getByRole('link', { name: 'Next: Maps: PCA and UMAP →' })).toBeVisible();

  await stepBar(page).getByRole('button', { name: 'Copy class link' }).click();
  await expect(stepBar(page).getByRole('status')).toContainText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(new URL(copied).searchParams.get('steps')).toBe('similarity,search,pca-map');

  await page.goto(copied.replace('#/search', '#/first-embedding'));
  await expect(stepBar(page)).toContainText('not one of today’s steps');
  await stepBar(page).getByRole('link', { name: 'Go to step 1: Similarity' }).click();
  await expect(stepBar(page)).toContainText('Step 1 of 3');
});

test('workshop mode passes the accessibility scan', async ({ page }) => {
  await openApp(page, { route: '/similarity', extra: workshop() });
  await waitForBackend(page, 'WASM');
  await expect(checkpoint(page)).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid="workshop-step"]')
    .include('[data-testid="workshop-checkpoint"]')
    .include('header')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
