/**
 * Frame times of the map at 20,000 points in a UMAP-shaped layout with cluster labels and density
 * contours on, in headless Chromium: the median frames per second while hovering and while zooming.
 * Part of `npm run bench`; alone: `npx tsx scripts/bench/mapFrames.ts [rows]`. Nothing is asserted.
 */
import type { Page } from '@playwright/test';
import { launchChromium, serveBenchBuild } from './browser.ts';
import { describeFrames, hoverAndZoom, type FrameStats } from './pcaFrames.ts';

export interface MapFramesRun {
  rows: number;
  hover: FrameStats;
  zoom: FrameStats;
}

export async function measureMapFrames(page: Page, baseUrl: string, rows = 20000): Promise<MapFramesRun> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${baseUrl}/scripts/bench/map-frames-bench.html?rows=${rows}`);
  await page.locator('.scatter-contour').first().waitFor({ state: 'attached', timeout: 120_000 });
  return { rows, ...(await hoverAndZoom(page)) };
}

export function describeMapFrames(run: MapFramesRun): string[] {
  const what = `${run.rows} UMAP-shaped points with labels and contours`;
  return [
    `Hover over ${what}: ${describeFrames(run.hover)}`,
    `Zoom over ${what}: ${describeFrames(run.zoom)}`,
  ];
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
