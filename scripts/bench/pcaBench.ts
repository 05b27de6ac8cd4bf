/**
 * PCA map benchmark lines, called by scripts/bench/bench.ts:
 * - `measurePcaNode`: PCA (the worker's code: fitPca + projectRows) of random unit vectors in Node,
 *   for 2,300 × 384 and 20,000 × 384;
 * - `measurePcaMapInBrowser`: the real map page with 20,000 synthetic points in headless Chromium:
 *   PCA time in the worker, then median and worst frame time while hovering and while zooming.
 * The browser part needs scripts/bench/pca-bench.html among the build inputs of serveBenchBuild.
 */
import type { Page } from '@playwright/test';
import { fitPca, projectRows } from '../../src/math/pca.ts';
import { randomUnitVectors } from './randomVectors.ts';
import { describeFrames, hoverAndZoom, type FrameStats } from './pcaFrames.ts';

export const PCA_BENCH_PAGE = 'scripts/bench/pca-bench.html';

export interface PcaNodeTiming {
  rows: number;
  dims: number;
  pcaMs: number;
}

export function measurePcaNode(sizes: readonly number[] = [2300, 20000], dims = 384): PcaNodeTiming[] {
  // One small untimed run first, so the first timed size does not pay for compiling the code.
  fitPca(randomUnitVectors(300, dims, 1), dims, 10);
  return sizes.map((rows) => {
    const data = randomUnitVectors(rows, dims, rows);
    const started = performance.now();
    projectRows(data, fitPca(data, dims, 10), 2);
    return { rows, dims, pcaMs: performance.now() - started };
  });
}

export interface PcaBrowserRun {
  rows: number;
  /** PCA in the page's worker, as the page reports it. */
  pcaMs: number;
  hover: FrameStats;
  zoom: FrameStats;
}

export async function measurePcaMapInBrowser(
  page: Page,
  baseUrl: string,
  rows = 20000,
): Promise<PcaBrowserRun> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${baseUrl}/${PCA_BENCH_PAGE}?rows=${rows}`);
  const numbers = page.locator('[data-testid="explained-variance"]');
  await numbers.waitFor({ timeout: 600_000 });
  const { hover, zoom } = await hoverAndZoom(page);
  return { rows, pcaMs: Number(await numbers.getAttribute('data-fit-ms')), hover, zoom };
}

/** Lines for the benchmark report. */
export function describePcaBench(node: readonly PcaNodeTiming[], browser?: PcaBrowserRun): string[] {
  const lines = node.map((t) => `PCA ${t.rows} × ${t.dims} (Node): ${t.pcaMs.toFixed(0)} ms`);
  if (browser) {
    lines.push(
      `PCA ${browser.rows} × 384 (Chromium worker): ${browser.pcaMs.toFixed(0)} ms`,
      `Hover across ${browser.rows} points: ${describeFrames(browser.hover)} (tooltip on ${browser.hover.hits} frames)`,
      `Zoom with ${browser.rows} points: ${describeFrames(browser.zoom)}`,
    );
  }
  return lines;
}
