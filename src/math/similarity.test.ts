import { describe, expect, it } from 'vitest';
import { argsort } from './ranking';
import {
  compare,
  extremePairs,
  isDistance,
  METRICS,
  offDiagonalExtent,
  similarityMatrix,
} from './similarity';
import { normalize } from './vector';

describe('compare', () => {
  it('computes each metric for the worked example [1,2] vs [3,4]', () => {
    const cos = 11 / (Math.sqrt(5) * 5);
    expect(compare([1, 2], [3, 4], 'dot')).toBe(11);
    expect(compare([1, 2], [3, 4], 'cosine')).toBeCloseTo(cos, 12);
    expect(compare([1, 2], [3, 4], 'cosineDistance')).toBeCloseTo(1 - cos, 12);
    expect(compare([1, 2], [3, 4], 'euclidean')).toBeCloseTo(Math.sqrt(8), 12);
  });

  it('gives cosine distance 0 for the same direction and 2 for opposite directions', () => {
    expect(compare([1, 1], [3, 3], 'cosineDistance')).toBeCloseTo(0, 12);
    expect(compare([1, 1], [-1, -1], 'cosineDistance')).toBeCloseTo(2, 12);
  });
});

describe('isDistance', () => {
  it('marks exactly the two distances', () => {
    expect(METRICS.filter(isDistance)).toEqual(['cosineDistance', 'euclidean']);
  });
});

describe('similarityMatrix', () => {
  const vectors = Float32Array.from([1, 0, 0, 2, 3, 4]); // rows [1,0], [0,2], [3,4]

  it('fills an n × n matrix row by row', () => {
    const matrix = similarityMatrix(vectors, 2, 'dot');
    expect(Array.from(matrix)).toEqual([1, 0, 3, 0, 4, 8, 3, 8, 25]);
  });

  it('is symmetric with 0 on the diagonal for distances', () => {
    const matrix = similarityMatrix(vectors, 2, 'euclidean');
    expect([matrix[0], matrix[4], matrix[8]]).toEqual([0, 0, 0]);
    expect(matrix[1]).toBeCloseTo(Math.sqrt(5), 6);
    expect(matrix[3]).toBe(matrix[1]);
  });

  it('ranks neighbours the same way under every metric when the vectors are unit length', () => {
    const rows = [
      [1, 0.2, 0],
      [0.9, 0.5, 0.1],
      [0.1, 1, 0.3],
      [-0.5, 0.4, 1],
      [0.7, -0.7, 0.2],
    ];
    const unit = Float32Array.from(rows.flatMap((r) => Array.from(normalize(r))));
    const n = rows.length;
    const firstRow = (metric: (typeof METRICS)[number]) => similarityMatrix(unit, 3, metric).slice(1, n); // row 0 against the others
    const cosineOrder = argsort(firstRow('cosine'), 'descending');
    for (const metric of METRICS) {
      expect(argsort(firstRow(metric), isDistance(metric) ? 'ascending' : 'descending')).toEqual(cosineOrder);
    }
  });
});

describe('extremePairs', () => {
  // Pairs: (0,1) 0.9, (0,2) 0.1, (1,2) 0.5.
  const matrix = [1, 0.9, 0.1, 0.9, 1, 0.5, 0.1, 0.5, 1];

  it('finds the largest and smallest off-diagonal value for a similarity', () => {
    expect(extremePairs(matrix, 3, 'cosine')).toEqual({ closest: [0, 1], farthest: [0, 2] });
  });

  it('reads small values as close for a distance', () => {
    expect(extremePairs(matrix, 3, 'euclidean')).toEqual({ closest: [0, 2], farthest: [0, 1] });
  });

  it('has nothing to say about a single row', () => {
    expect(extremePairs([1], 1, 'cosine')).toBeUndefined();
  });
});

describe('offDiagonalExtent', () => {
  it('ignores the diagonal', () => {
    expect(offDiagonalExtent([1, 0.9, 0.1, 0.9, 1, 0.5, 0.1, 0.5, 1], 3)).toEqual([0.1, 0.9]);
  });

  it('uses the single value of a 1 × 1 matrix', () => {
    expect(offDiagonalExtent([1], 1)).toEqual([1, 1]);
  });
});
