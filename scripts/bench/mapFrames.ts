/**
 * Frame times of the map at 20,000 points in a UMAP-shaped layout with cluster labels and density
 * contours on, in headless Chromium: `npx tsx scripts/bench/mapFrames.ts [rows]`. Prints the median
 * frames per second while hovering and while zooming; nothing is asserted.
 */
import { launchChromium, serveBenchBuild } from './browser.ts';
import type { FrameStats } from './pcaFrames.ts';

type BenchWindow = { mapBench: { sweep: (kind: 'hover' | 'zoom', frames: number) => Promise<FrameStats> } };

const rows = Number(process.argv[2] ?? 20000);
const { server, url } = await serveBenchBuild(Number(process.env.BENCH_PORT ?? 4180));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}/scripts/bench/map-frames-bench.html?rows=${rows}`);
  await page.locator('.scatter-contour').first().waitFor({ state: 'attached', timeout: 120_000 });
  await page.locator('[data-testid="scatter-input"]').scrollIntoViewIfNeeded();
  const fps = (s: FrameStats) => (1000 / s.medianMs).toFixed(1);
  for (const [kind, frames] of [
    ['hover', 300],
    ['zoom', 120],
  ] as const) {
    const stats = await page.evaluate(([k, f]) => (window as unknown as BenchWindow).mapBench.sweep(k, f), [
      kind,
      frames,
    ] as const);
    console.log(
      `${kind} over ${rows} points (labels + contours): median ${stats.medianMs.toFixed(1)} ms/frame = ${fps(stats)} fps, worst ${stats.worstMs.toFixed(1)} ms, ${stats.over33Ms} of ${stats.frames} frames over 33 ms, ${stats.longTasks} long tasks`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
