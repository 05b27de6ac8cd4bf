import { describe, expect, it } from 'vitest';
import { cubeCorners, cubeEdges, differingCoordinates, obliqueProjection } from './cube';
import { euclideanDistance } from './vector';

describe('cubeCorners', () => {
  it('lists the 2^n sign vectors in binary order', () => {
    expect(cubeCorners(1)).toEqual([[-1], [1]]);
    expect(cubeCorners(2)).toEqual([
      [-1, -1],
      [-1, 1],
      [1, -1],
      [1, 1],
    ]);
    expect(cubeCorners(3)).toHaveLength(8);
    expect(cubeCorners(0)).toEqual([[]]);
  });

  it('gives distinct corners, every pair at least 2 apart (one edge)', () => {
    const corners = cubeCorners(4);
    expect(new Set(corners.map((c) => c.join())).size).toBe(16);
    let closest = Infinity;
    for (let i = 0; i < corners.length; i++) {
      for (let j = i + 1; j < corners.length; j++)
        closest = Math.min(closest, euclideanDistance(corners[i], corners[j]));
    }
    expect(closest).toBe(2);
  });

  it('refuses sizes it cannot list', () => {
    expect(() => cubeCorners(21)).toThrow(RangeError);
    expect(() => cubeCorners(-1)).toThrow(RangeError);
    expect(() => cubeCorners(2.5)).toThrow(RangeError);
  });
});

describe('differingCoordinates', () => {
  it('counts the coordinates that disagree', () => {
    expect(differingCoordinates([1, 1, 1], [1, 1, 1])).toBe(0);
    expect(differingCoordinates([1, -1, 1], [1, 1, 1])).toBe(1);
    expect(differingCoordinates([-1, -1, -1], [1, 1, 1])).toBe(3);
    expect(() => differingCoordinates([1], [1, 1])).toThrow(RangeError);
  });
});

describe('cubeEdges', () => {
  it('joins corners that differ in one coordinate: 1, 4 and 12 edges', () => {
    expect(cubeEdges(cubeCorners(1))).toEqual([[0, 1]]);
    expect(cubeEdges(cubeCorners(2))).toEqual([
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
    ]);
    const corners = cubeCorners(3);
    const edges = cubeEdges(corners);
    expect(edges).toHaveLength(12);
    for (const [i, j] of edges) expect(euclideanDistance(corners[i], corners[j])).toBe(2);
  });
});

describe('obliqueProjection', () => {
  it('keeps the front face (z = 0) as it is', () => {
    expect(obliqueProjection([1, -1, 0])).toEqual([1, -1]);
  });

  it('moves depth up and to the right at half length', () => {
    const [x, y] = obliqueProjection([0, 0, 2], 0.5, 30);
    expect(x).toBeCloseTo(Math.sqrt(3) / 2, 12);
    expect(y).toBeCloseTo(0.5, 12);
  });
});
