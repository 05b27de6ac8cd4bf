import { describe, expect, it } from 'vitest';
import { mapSummary } from './mapSummary';
import { formatPercent, formatSigned } from './numbers';

describe('mapSummary', () => {
  it('says how many points, what the axes explain, their ranges and the colours', () => {
    const text = mapSummary({
      coords: Float64Array.from([-0.5, 0.2, 0.25, -0.1, 0.1, 0.3]),
      ratios: [0.0412, 0.25],
      categories: [
        { label: 'Nurse', count: 2 },
        { label: 'Chef', count: 1 },
      ],
      otherCount: 0,
    });
    expect(text).toContain('Scatter plot of 3 listings');
    expect(text).toContain('PC1, across, explains 4.12% of the variance and runs from −0.500 to 0.250');
    expect(text).toContain('PC2, up, explains 25.0% and runs from −0.100 to 0.300');
    expect(text).toContain('Colours by job title: Nurse (2), Chef (1).');
    expect(text).not.toContain('other titles');
  });

  it('counts the listings in the grey "other" group', () => {
    const text = mapSummary({
      coords: Float64Array.from([0, 0, 1, 1]),
      ratios: [0.6, 0.4],
      categories: [{ label: 'Nurse', count: 1 }],
      otherCount: 1,
    });
    expect(text).toContain('1 listing has other titles, in grey.');
  });
});

describe('number formats', () => {
  it('formats shares and signed coordinates', () => {
    expect(formatPercent(0.004567)).toBe('0.46%');
    expect(formatPercent(0.4567)).toBe('45.7%');
    expect(formatSigned(-0.12345)).toBe('−0.123');
    expect(formatSigned(2, 1)).toBe('2.0');
  });
});
