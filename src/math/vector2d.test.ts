import { describe, expect, it } from 'vitest';
import { add, angleBetween, byAngleTo, distance, fromPolar, nearest } from './vector2d';

describe('add and distance', () => {
  it('adds coordinate by coordinate', () => {
    expect(add({ x: 2, y: 0.5 }, { x: 0.5, y: 1.5 })).toEqual({ x: 2.5, y: 2 });
  });

  it('measures straight-line distance', () => {
    expect(distance({ x: 0, y: 0 }, { x: 3, y: 4 })).toBe(5);
    expect(distance({ x: 1, y: 1 }, { x: 1, y: 1 })).toBe(0);
  });
});

describe('fromPolar', () => {
  it('points anticlockwise from the x axis', () => {
    const up = fromPolar(2, 90);
    expect(up.x).toBeCloseTo(0, 12);
    expect(up.y).toBeCloseTo(2, 12);
    const diagonal = fromPolar(Math.SQRT2, 225);
    expect(diagonal.x).toBeCloseTo(-1, 12);
    expect(diagonal.y).toBeCloseTo(-1, 12);
  });
});

describe('angleBetween', () => {
  it('ignores length and measures 0…180 degrees', () => {
    expect(angleBetween({ x: 1, y: 0 }, { x: 5, y: 0 })).toBe(0);
    expect(angleBetween({ x: 1, y: 0 }, { x: 0, y: 2 })).toBeCloseTo(90, 10);
    expect(angleBetween(fromPolar(1, 10), fromPolar(1, 250))).toBeCloseTo(120, 10);
  });
});

describe('nearest', () => {
  const words = [
    { x: 1, y: 0, word: 'a' },
    { x: 0, y: 1, word: 'b' },
    { x: 2, y: 2, word: 'c' },
  ];

  it('returns the closest item and how far it is', () => {
    const { item, distance: d } = nearest({ x: 1.8, y: 1.9 }, words);
    expect(item.word).toBe('c');
    expect(d).toBeCloseTo(Math.hypot(0.2, 0.1), 12);
  });

  it('keeps the first of equally close items and refuses an empty list', () => {
    expect(nearest({ x: 0.5, y: 0.5 }, words).item.word).toBe('a');
    expect(() => nearest({ x: 0, y: 0 }, [])).toThrow(RangeError);
  });
});

describe('byAngleTo', () => {
  it('orders the other items by angle, leaving the target out', () => {
    const cat = { ...fromPolar(1, 20), word: 'cat' };
    const dog = { ...fromPolar(1, 45), word: 'dog' };
    const car = { ...fromPolar(1, 130), word: 'car' };
    const kitten = { ...fromPolar(1, 10), word: 'kitten' };
    const ranked = byAngleTo(cat, [car, cat, dog, kitten]);
    expect(ranked.map((r) => r.item.word)).toEqual(['kitten', 'dog', 'car']);
    expect(ranked.map((r) => Math.round(r.degrees))).toEqual([10, 25, 110]);
  });
});
