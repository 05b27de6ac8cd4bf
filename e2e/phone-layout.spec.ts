import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForBackend } from './support/app';

/**
 * Phone width (issue 14): at 390 px every lesson fits the screen; a heatmap wider than the screen
 * says so and how to see the rest; heatmap and colour-legend text is drawn at 11 px or more.
 */

const LESSON_PATHS = [...readFileSync('src/app/lessons.ts', 'utf8').matchAll(/path: '([^']+)'/g)].map(
  (m) => m[1],
);
const MIN_TEXT_PX = 11;
const EIGHT_SENTENCES = [
  'The cat is asleep on the sofa.',
  'A kitten naps on the couch.',
  'Share prices fell sharply today.',
  'The stock market dropped this afternoon.',
  'I am learning to play the guitar.',
  'Rain is expected all weekend.',
  'My phone battery died again.',
  'The recipe needs two eggs.',
];

/** Heatmaps and legends on the page: how they scroll and how big their text really is on screen. */
function measure(page: Page) {
  return page.evaluate(() => {
    const figures = [...document.querySelectorAll('figure.heatmap, figure.canvas-heatmap')];
    const scrolling = figures.map((figure) => {
      const box =
        figure.querySelector<HTMLElement>('.heatmap-scroll, .canvas-heatmap-scroll') ??
        (figure as HTMLElement);
      const cue = figure.querySelector<HTMLElement>('[data-scroll-cue]');
      return {
        overflows: box.scrollWidth > box.clientWidth + 1,
        cue: cue !== null && cue.checkVisibility() && (cue.textContent ?? '').length > 0,
      };
    });
    const sizes: { text: string; px: number }[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>(
      'figure.heatmap svg text, svg.color-legend text',
    )) {
      if (!text.textContent?.trim()) continue;
      const scale = text.ownerSVGElement?.getScreenCTM()?.a ?? 1;
      sizes.push({ text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * scale });
    }
    for (const element of document.querySelectorAll<HTMLElement>(
      'figure.canvas-heatmap .canvas-heatmap-axis span, figure.canvas-heatmap .canvas-heatmap-corner, figure.canvas-heatmap .canvas-heatmap-rows li',
    ))
      sizes.push({ text: element.textContent ?? '', px: parseFloat(getComputedStyle(element).fontSize) });
    return {
      pageWidth: document.documentElement.scrollWidth,
      figures: figures.length,
      scrolling,
      small: sizes.filter((s) => s.px < 11 - 0.01),
      texts: sizes.length,
    };
  });
}

test.use({ viewport: { width: 390, height: 844 } });

for (const path of LESSON_PATHS) {
  test(`${path} is readable and fits at 390 px`, async ({ page }) => {
    await openApp(page, { route: path, extra: { rows: '20' } });
    await waitForBackend(page, 'WASM');
    if (path === '/similarity') {
      await page.getByTestId('sentences-input').fill(EIGHT_SENTENCES.join('\n'));
      await expect(page.locator('rect.heatmap-cell')).toHaveCount(64, { timeout: 60_000 });
    }
    const heatmaps: Record<string, number> = {
      '/inside-the-model': 3,
      '/similarity': 1,
      '/looking-at-embeddings': 4,
    };
    if (heatmaps[path])
      await expect(page.locator('figure.heatmap, figure.canvas-heatmap')).toHaveCount(heatmaps[path], {
        timeout: 60_000,
      });
    // The map page at its widest: the map drawn, its colour menu and the cluster table filled in.
    if (path === '/pca-map') await expect(page.getByTestId('cluster-table')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 60_000 });

    const seen = await measure(page);
    console.log(path, JSON.stringify({ ...seen, small: seen.small.slice(0, 5) }));
    expect(seen.pageWidth, 'the page itself scrolls sideways').toBeLessThanOrEqual(390);
    for (const figure of seen.scrolling)
      if (figure.overflows) expect(figure.cue, 'a wide heatmap without a cue').toBe(true);
    expect(seen.small, `text under ${MIN_TEXT_PX} px`).toEqual([]);
  });
}
