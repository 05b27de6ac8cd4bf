import { describe, expect, it } from 'vitest';
import { pairRuns } from './pairedRuns';

const run = (textsPerSecond: number) => ({ texts: 300, seconds: 300 / textsPerSecond });

describe('pairRuns', () => {
  it('divides each browser run by the native run measured with it and takes the middle values', () => {
    const paired = pairRuns([run(50), run(40), run(45)], [run(20), run(18), run(19)]);
    expect(paired.ratios.map((r) => r.toFixed(3))).toEqual(['0.400', '0.450', '0.422']);
    expect(paired.medianRatio).toBeCloseTo(19 / 45, 12);
    expect(paired.medianNative.seconds).toBeCloseTo(300 / 45, 12);
    expect(paired.medianBrowser.seconds).toBeCloseTo(300 / 19, 12);
  });

  it('refuses unmatched or even-numbered runs', () => {
    expect(() => pairRuns([run(1)], [run(1), run(2)])).toThrow(/native run/);
    expect(() => pairRuns([run(1), run(2)], [run(1), run(2)])).toThrow(/odd number/);
  });
});
