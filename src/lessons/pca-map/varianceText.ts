/** Sentences that say what the explained-variance numbers mean for this map. */
import { formatPercent } from './numbers';

export function varianceMeaning(ratios: ArrayLike<number>, dims: number, rows: number): string {
  const shown = ratios[0] + ratios[1];
  // With fewer rows than dimensions the data spans at most rows − 1 directions.
  const directions = Math.min(dims, rows - 1);
  const even = 1 / directions;
  const share =
    shown >= 0.5
      ? 'More than half of the spread is on this map.'
      : `Most of the spread, ${formatPercent(1 - shown)}, lies in the other ${directions - 2} directions and is not on this map.`;
  return (
    `Together the two axes keep ${formatPercent(shown)} of the variance of these ${rows.toLocaleString('en')} vectors. ` +
    `If the spread were even over the ${directions} directions the data can vary in, each would hold ${formatPercent(even)}; ` +
    `PC1 holds ${(ratios[0] / even).toFixed(1)} times that. ${share} ` +
    'So read the map one way only: listings far apart here are at least that far apart in the full space ' +
    '(a projection never stretches distances), but listings drawn close together may still be far apart.'
  );
}
