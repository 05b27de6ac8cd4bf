import { describe, expect, it } from 'vitest';
import { scatterFrame } from './scatterFrame';
import { labelFontSize, labelWidth, placeLabels, screenLabels } from './labelPlacement';

describe('placeLabels', () => {
  it('leaves labels that do not touch where they are', () => {
    expect(
      placeLabels([
        { x: 0, y: 0, width: 40 },
        { x: 100, y: 0, width: 40 },
      ]),
    ).toEqual([0, 0]);
  });

  it('moves a label that would cover an earlier one by one line', () => {
    const [a, b] = placeLabels([
      { x: 0, y: 50, width: 80 },
      { x: 10, y: 55, width: 80 },
    ]);
    expect(a).toBe(50);
    expect(Math.abs(b - a)).toBeGreaterThanOrEqual(16);
  });

  it('finds room for a third label between two stacked ones', () => {
    const ys = placeLabels([
      { x: 0, y: 50, width: 80 },
      { x: 0, y: 50, width: 80 },
      { x: 0, y: 50, width: 80 },
    ]);
    expect(new Set(ys).size).toBe(3);
    for (let i = 0; i < 3; i++)
      for (let j = i + 1; j < 3; j++) expect(Math.abs(ys[i] - ys[j])).toBeGreaterThanOrEqual(16);
  });
});

describe('screenLabels', () => {
  const frame = scatterFrame(Float64Array.of(0, 0, 10, 10), 600);
  const { clip } = frame.layout;

  it('puts a label at its data position through the view', () => {
    const view = { k: 2, x: -100, y: -50 };
    const [label] = screenLabels(frame, view, [{ x: 5, y: 5, text: 'mid' }]);
    expect(label.x).toBeCloseTo(2 * frame.scales.x(5) - 100);
    expect(label.y).toBeCloseTo(2 * frame.scales.y(5) - 50);
  });

  it('keeps a label at the right edge wholly inside the plot', () => {
    const text = 'a fairly long cluster label';
    const [label] = screenLabels(frame, { k: 1, x: 0, y: 0 }, [{ x: 10, y: 5, text }]);
    expect(label.x + labelWidth(text, labelFontSize(frame)) / 2).toBeCloseTo(clip.right);
  });
});
