import { describe, expect, it } from 'vitest';
import {
  arrowHeadPoints,
  arrowKeyDelta,
  constrainPoint,
  middleLabelPlacement,
  planeHeight,
  tipLabelPlacement,
} from './vectorPlaneGeometry';

const parse = (points: string) => points.split(' ').map((pair) => pair.split(',').map(Number));

describe('planeHeight', () => {
  it('keeps data units square', () => {
    // 360 px for 5 units across → 72 px per unit → 4 units tall is 288 px, plus margins.
    expect(planeHeight({ x: [-1, 4], y: [-1, 3] }, 400, 20)).toBe(328);
    expect(planeHeight({ x: [0, 1], y: [0, 1] }, 400, 20)).toBe(400);
  });

  it('rejects an empty domain', () => {
    expect(() => planeHeight({ x: [1, 1], y: [0, 1] }, 400, 20)).toThrow(RangeError);
  });
});

describe('arrowHeadPoints', () => {
  it('puts the point at the tip and the base behind it, symmetric about the shaft', () => {
    const [tip, left, right] = parse(arrowHeadPoints([0, 0], [100, 0], 10));
    expect(tip).toEqual([100, 0]);
    expect(left[0]).toBe(90);
    expect(right[0]).toBe(90);
    expect(left[1]).toBeCloseTo(-right[1], 10);
    expect(Math.abs(left[1])).toBe(4.5);
  });

  it('shrinks the head on an arrow shorter than it', () => {
    const [, left] = parse(arrowHeadPoints([0, 0], [0, 4], 10));
    expect(left[1]).toBe(0); // the base sits on the tail, not behind it
  });

  it('draws nothing for a zero-length arrow', () => {
    expect(arrowHeadPoints([5, 5], [5, 5], 10)).toBe('');
  });
});

describe('tipLabelPlacement', () => {
  it('continues past the tip and anchors the text away from the arrow', () => {
    expect(tipLabelPlacement([0, 0], [100, 0], 10)).toEqual({ x: 110, y: 4, anchor: 'start' });
    expect(tipLabelPlacement([0, 0], [-100, 0], 10)).toEqual({ x: -110, y: 4, anchor: 'end' });
    expect(tipLabelPlacement([0, 0], [0, -100], 10)).toEqual({ x: 0, y: -110, anchor: 'middle' });
    // Pointing down the screen: the baseline moves down so the text clears the tip.
    expect(tipLabelPlacement([0, 0], [0, 100], 10)).toEqual({ x: 0, y: 118, anchor: 'middle' });
  });
});

describe('middleLabelPlacement', () => {
  it('sits beside the midpoint, on the left of the direction of travel', () => {
    // Rightwards on screen: left-hand side is up (smaller y).
    expect(middleLabelPlacement([0, 0], [100, 0], 10)).toEqual({ x: 50, y: -10, anchor: 'middle' });
    // Upwards on screen: left-hand side is to the left.
    expect(middleLabelPlacement([0, 100], [0, 0], 10)).toEqual({ x: -10, y: 54, anchor: 'end' });
  });
});

describe('constrainPoint', () => {
  const domain = { x: [-1, 4], y: [-1, 3] } as const;

  it('snaps to the step grid without float noise', () => {
    expect(constrainPoint({ x: 1.4000000000000001, y: 2.06 }, domain, 0.1)).toEqual({ x: 1.4, y: 2.1 });
    expect(constrainPoint({ x: 0.3, y: 0.74 }, domain, 0.5)).toEqual({ x: 0.5, y: 0.5 });
  });

  it('clamps to the domain', () => {
    expect(constrainPoint({ x: 9, y: -7 }, domain, 0.1)).toEqual({ x: 4, y: -1 });
  });
});

describe('arrowKeyDelta', () => {
  it('maps arrow keys to steps in data space, up meaning +y', () => {
    expect(arrowKeyDelta('ArrowRight', 0.1)).toEqual({ x: 0.1, y: 0 });
    expect(arrowKeyDelta('ArrowLeft', 0.1)).toEqual({ x: -0.1, y: 0 });
    expect(arrowKeyDelta('ArrowUp', 0.5)).toEqual({ x: 0, y: 0.5 });
    expect(arrowKeyDelta('ArrowDown', 0.5)).toEqual({ x: 0, y: -0.5 });
    expect(arrowKeyDelta('Enter', 0.1)).toBeUndefined();
  });
});
