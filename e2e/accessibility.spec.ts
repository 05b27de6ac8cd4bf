import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

/** Every page of the course, read from the registry (importing it would pull React into the test runner). */
const LESSON_PATHS = [...readFileSync('src/app/lessons.ts', 'utf8').matchAll(/path: '([^']+)'/g)].map(
  (m) => m[1],
);

/** Rows the search page embeds on its own (`?rows=`), so its results and the map have data to show. */
const ROWS = 20;

/** Per page: what must be on screen before the scan, beyond a ready engine and no busy regions. */
const LIVE_CONTENT: Record<string, (page: Page) => Promise<void>> = {
  '/first-embedding': (page) => expectVisible(page, 'embedding-result'),
  '/inside-the-model': (page) => expectVisible(page, 'inside-result'),
  '/similarity': async (page) => {
    await expectVisible(page, 'similarity-result');
    await expect(page.locator('rect.heatmap-cell').first()).toBeVisible({ timeout: 60_000 });
  },
  '/analogies': (page) => expectVisible(page, 'analogy-result'),
  '/looking-at-embeddings': async (page) => {
    for (const id of ['one-vector-result', 'two-vectors-result', 'together-result'])
      await expectVisible(page, id);
  },
  '/search': async (page) => {
    await expect(page.getByTestId('embed-progress')).toContainText(`${ROWS} / ${ROWS} rows`, {
      timeout: 120_000,
    });
    await page.getByTestId('search-input').fill('nurse on night shifts');
    await expect(page.getByTestId('search-result').first()).toBeVisible({ timeout: 60_000 });
  },
  '/pca-map': async (page) => {
    await expect(page.getByTestId('explained-variance')).toBeVisible({ timeout: 120_000 });
    // The UMAP map with density contours and cluster labels, as a reader sees it after a run.
    await page.getByRole('button', { name: 'Run UMAP' }).click();
    await expect(page.getByTestId('umap-controls')).toHaveAttribute('data-state', 'done', {
      timeout: 120_000,
    });
    await page.getByRole('radio', { name: 'UMAP', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Density contours' }).check();
    await expect(page.getByTestId('cluster-table')).toBeVisible({ timeout: 120_000 });
  },
};

function expectVisible(page: Page, testId: string) {
  return expect(page.getByTestId(testId)).toBeVisible({ timeout: 60_000 });
}

const BLOCKING = new Set(['serious', 'critical']);

function scan(page: Page) {
  return new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
}

test.describe('Accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  test('the registry lists the pages this scan covers', () => {
    expect(LESSON_PATHS).toContain('/similarity');
    expect(LESSON_PATHS.length).toBeGreaterThanOrEqual(9);
  });

  test('the scan does catch a serious violation (an unlabelled button and pale text added to the page)', async ({
    page,
  }) => {
    await openApp(page, { route: '/what-is-an-embedding' });
    await page.evaluate(() => {
      const button = document.createElement('button');
      const pale = document.createElement('p');
      pale.textContent = 'Hard to read';
      pale.style.color = '#dddddd';
      document.querySelector('main')!.append(button, pale);
    });
    const { violations } = await scan(page);
    expect(violations.filter((v) => BLOCKING.has(v.impact ?? '')).map((v) => v.id)).toEqual(
      expect.arrayContaining(['button-name', 'color-contrast']),
    );
  });

  for (const path of LESSON_PATHS) {
    test(`${path} has no serious or critical violations once its live content is shown`, async ({ page }) => {
      await openApp(page, {
        route: path,
        extra: path === '/search' || path === '/pca-map' ? { rows: String(ROWS) } : {},
      });
      await waitForBackend(page, 'WASM');
      // Scan the answers too: reveal every predict question (the analogies result waits for its reveal).
      const questions = page.locator('[data-predict-question]');
      await expect(questions.first()).toBeAttached({ timeout: 60_000 });
      for (const question of await questions.all()) {
        await question.getByRole('radio').first().check();
        await question.getByRole('button', { name: 'Reveal the answer' }).click();
      }
      await LIVE_CONTENT[path]?.(page);
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });

      const { violations, incomplete } = await scan(page);
      const counts = { minor: 0, moderate: 0, serious: 0, critical: 0 };
      for (const violation of violations) counts[violation.impact ?? 'minor'] += violation.nodes.length;
      const review = incomplete.map((v) => `${v.id}×${v.nodes.length}`).join(' ');
      const summary = `${path}: ${JSON.stringify(counts)} ${violations.map((v) => `${v.id}(${v.impact}×${v.nodes.length})`).join(' ')} needs review: ${review || 'none'}`;
      console.log(summary);
      test.info().annotations.push({ type: 'axe', description: summary });

      const blocking = violations
        .filter((v) => BLOCKING.has(v.impact ?? ''))
        .map((v) => ({
          rule: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary}`),
        }));
      expect(blocking).toEqual([]);
    });
  }
});
