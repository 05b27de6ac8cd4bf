/**
 * Frame times of the map at 20,000 points in a UMAP-shaped layout with cluster labels and density
 * contours on, in headless Chromium: the median frames per second while hovering and while zooming.
 * Part of `npm run bench`; alone: `npx tsx scripts/bench/mapFrames.ts [rows]`. Nothing is asserted.
 */
import type { Page } from '@playwright/test';
import { launchChromium, serveBenchBuild } from './browser.ts';
import type { FrameStats } from './pcaFrames.ts';

type BenchWindow = { mapBench: { sweep: (kind: 'hover' | 'zoom', frames: number) => Promise<FrameStats> } };

export interface MapFramesRun {
  rows: number;
  hover: FrameStats;
  zoom: FrameStats;
}

export async function measureMapFrames(page: Page, baseUrl: string, rows = 20000): Promise<MapFramesRun> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${baseUrl}/scripts/bench/map-frames-bench.html?rows=${rows}`);
  await page.locator('.scatter-contour').first().waitFor({ state: 'attached', timeout: 120_000 });
  await page.locator('[data-testid="scatter-input"]').scrollIntoViewIfNeeded();
  const sweep = (kind: 'hover' | 'zoom', frames: number) =>
    page.evaluate(([k, f]) => (window as unknown as BenchWindow).mapBench.sweep(k, f), [
      kind,
      frames,
    ] as const);
  return { rows, hover: await sweep('hover', 300), zoom: await sweep('zoom', 120) };
}

export function describeMapFrames(run: MapFramesRun): string[] {
  const line = (kind: string, s: FrameStats) =>
    `${kind} over ${run.rows} UMAP-shaped points with labels and contours: median ${s.medianMs.toFixed(1)} ms/frame = ${(1000 / s.medianMs).toFixed(1)} fps, worst ${s.worstMs.toFixed(1)} ms, ${s.over33Ms} of ${s.frames} frames over 33 ms, ${s.longTasks} long tasks`;
  return [line('Hover', run.hover), line('Zoom', run.zoom)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { server, url } = await serveBenchBuild(Number(process.env.BENCH_PORT ?? 4180));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    console.log(
      describeMapFrames(await measureMapFrames(page, url, Number(process.argv[2] ?? 20000))).join('\n'),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
