/**
 * Frame-time statistics of the map benchmark pages (pca-bench.html, map-frames-bench.html), shared by
 * the pages and the Node side: the pages expose frameSweep.ts's `sweep` as `window.frameBench`.
 */
import type { Page } from '@playwright/test';

export interface FrameStats {
  frames: number;
  medianMs: number;
  worstMs: number;
  /** Frames that took longer than two 60 Hz frames (visible stutter). */
  over33Ms: number;
  /** Main-thread tasks over 50 ms during the sweep: slow frames without them were not the page's own work. */
  longTasks: number;
  /** Hover sweeps only: frames after which a tooltip was showing. */
  hits?: number;
}

export function frameStats(intervals: readonly number[], longTasks: number): FrameStats {
  const sorted = [...intervals].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return {
    frames: sorted.length,
    medianMs: median,
    worstMs: sorted.at(-1) ?? 0,
    over33Ms: sorted.filter((t) => t > 33.4).length,
    longTasks,
  };
}

type FrameBenchWindow = {
  frameBench: { sweep: (kind: 'hover' | 'zoom', frames: number) => Promise<FrameStats> };
};

/** A benchmark page's hover sweep (300 frames), then its zoom sweep (120 frames). */
export async function hoverAndZoom(page: Page): Promise<{ hover: FrameStats; zoom: FrameStats }> {
  await page.locator('[data-testid="scatter-input"]').scrollIntoViewIfNeeded();
  const sweep = (kind: 'hover' | 'zoom', frames: number) =>
    page.evaluate(([k, f]) => (window as unknown as FrameBenchWindow).frameBench.sweep(k, f), [
      kind,
      frames,
    ] as const);
  return { hover: await sweep('hover', 300), zoom: await sweep('zoom', 120) };
}

/** One sweep in the benchmark report's words. */
export function describeFrames(s: FrameStats): string {
  return (
    `median ${s.medianMs.toFixed(1)} ms (${(1000 / s.medianMs).toFixed(0)} fps), worst ${s.worstMs.toFixed(1)} ms, ` +
    `${s.over33Ms} of ${s.frames} frames over 33 ms, ${s.longTasks} main-thread tasks over 50 ms`
  );
}
