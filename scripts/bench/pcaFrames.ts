/** Frame-time statistics the PCA map benchmark page reports (shared by the page and the Node side). */
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
