/**
 * The headline ratio, measured robustly: on a shared virtual machine the speed drifts by several
 * percent within minutes, so native and browser runs alternate, each browser run is divided by the
 * native run just before it, and the median pair is reported.
 */
export interface Run {
  texts: number;
  seconds: number;
}

export interface PairedRuns<T extends Run> {
  /** Browser ÷ native texts/s, one per pair, in the order measured. */
  ratios: number[];
  medianRatio: number;
  /** The runs with the median speed on each side. */
  medianNative: T;
  medianBrowser: T;
}

export const textsPerSecond = (run: Run) => run.texts / run.seconds;

function middle<T>(items: readonly T[], key: (item: T) => number): T {
  if (items.length % 2 === 0)
    throw new Error(`Need an odd number of runs for a median, got ${items.length}.`);
  return [...items].sort((a, b) => key(a) - key(b))[(items.length - 1) / 2];
}

export function pairRuns<T extends Run>(native: readonly T[], browser: readonly T[]): PairedRuns<T> {
  if (native.length !== browser.length) throw new Error('Every browser run needs its native run.');
  const ratios = browser.map((run, i) => textsPerSecond(run) / textsPerSecond(native[i]));
  return {
    ratios,
    medianRatio: middle(ratios, (r) => r),
    medianNative: middle(native, textsPerSecond),
    medianBrowser: middle(browser, textsPerSecond),
  };
}
