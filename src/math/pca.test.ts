import { PCA } from 'ml-pca';
import { describe, expect, it } from 'vitest';
import { columnMeans, covarianceMatrix, fitPca, projectRows, reconstruct } from './pca';
import { seededRandom } from './random';

/** A fixed 8 × 4 matrix with unequal spread in every direction (no ties among eigenvalues). */
const DATA = [
  [2.5, 2.4, 0.5, -1.2],
  [0.5, 0.7, 1.9, 0.3],
  [2.2, 2.9, -0.4, 0.8],
  [1.9, 2.2, 0.1, -0.6],
  [3.1, 3.0, 1.2, 1.1],
  [2.3, 2.7, -1.0, 0.2],
  [2.0, 1.6, 0.6, -0.9],
  [1.0, 1.1, 0.8, 0.4],
];
const DIMS = 4;
const flat = Float64Array.from(DATA.flat());

/** Independent reference: cyclic Jacobi eigen-decomposition of a symmetric matrix (no ml-pca). */
function jacobiEigen(matrix: number[][]): { values: number[]; vectors: number[][] } {
  const n = matrix.length;
  const a = matrix.map((r) => r.slice());
  const v: number[][] = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p];
          const akq = a[k][q];
          a[k][p] = c * akp - s * akq;
          a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k];
          const aqk = a[q][k];
          a[p][k] = c * apk - s * aqk;
          a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p];
          const vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq;
          v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j][j] - a[i][i]);
  return { values: order.map((i) => a[i][i]), vectors: order.map((i) => v.map((r) => r[i])) };
}

/** Reference PCA straight from the definitions: centre, covariance with n − 1, Jacobi. */
function referencePca(rows: number[][]) {
  const n = rows.length;
  const d = rows[0].length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j], 0) / n);
  const centred = rows.map((r) => r.map((x, j) => x - mean[j]));
  const cov = Array.from({ length: d }, (_, a) =>
    Array.from({ length: d }, (_, b) => centred.reduce((s, r) => s + r[a] * r[b], 0) / (n - 1)),
  );
  const { values, vectors } = jacobiEigen(cov);
  const total = values.reduce((s, x) => s + x, 0);
  const coords = centred.map((r) => vectors.slice(0, 2).map((v) => r.reduce((s, x, j) => s + x * v[j], 0)));
  return { ratios: values.map((x) => x / total), coords, cov };
}

describe('fitPca', () => {
  const model = fitPca(flat, DIMS, 4);
  const reference = referencePca(DATA);

  it('gives the same explained-variance ratios as an independent Jacobi computation', () => {
    for (let c = 0; c < 4; c++)
      expect(Math.abs(model.explainedVarianceRatio[c] - reference.ratios[c])).toBeLessThan(1e-6);
    expect(model.explainedVarianceRatio.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
  });

  it('gives the same 2-D coordinates up to the sign of each component', () => {
    const coords = projectRows(flat, model, 2);
    for (let c = 0; c < 2; c++) {
      const sign = Math.sign(coords[c]) === Math.sign(reference.coords[0][c]) ? 1 : -1;
      DATA.forEach((_, i) =>
        expect(Math.abs(coords[i * 2 + c] - sign * reference.coords[i][c])).toBeLessThan(1e-6),
      );
    }
  });

  it('agrees with ml-pca run on the raw data the usual way (centre, no scaling, SVD)', () => {
    const usual = new PCA(DATA, { center: true, scale: false });
    const ratios = usual.getExplainedVariance();
    const coords = usual.predict(DATA, { nComponents: 2 });
    for (let c = 0; c < 4; c++)
      expect(Math.abs(model.explainedVarianceRatio[c] - ratios[c])).toBeLessThan(1e-9);
    const ours = projectRows(flat, model, 2);
    for (let c = 0; c < 2; c++) {
      const sign = Math.sign(ours[c]) === Math.sign(coords.get(0, c)) ? 1 : -1;
      DATA.forEach((_, i) => expect(Math.abs(ours[i * 2 + c] - sign * coords.get(i, c))).toBeLessThan(1e-9));
    }
  });

  it('returns unit, mutually orthogonal components whose largest entry is positive', () => {
    const { components } = model;
    for (let a = 0; a < 4; a++) {
      const ca = components.subarray(a * DIMS, (a + 1) * DIMS);
      const largest = Array.from(ca).reduce((best, x) => (Math.abs(x) > Math.abs(best) ? x : best), 0);
      expect(largest).toBeGreaterThan(0);
      for (let b = 0; b < 4; b++) {
        const cb = components.subarray(b * DIMS, (b + 1) * DIMS);
        const d = ca.reduce((s, x, j) => s + x * cb[j], 0);
        expect(d).toBeCloseTo(a === b ? 1 : 0, 10);
      }
    }
  });

  it('keeps only the asked-for components, strongest first, with the total variance of all columns', () => {
    const two = fitPca(flat, DIMS, 2);
    expect(two.components).toHaveLength(2 * DIMS);
    expect(two.explainedVarianceRatio).toHaveLength(2);
    expect(two.explainedVarianceRatio[0]).toBeGreaterThan(two.explainedVarianceRatio[1]);
    const trace = reference.cov.reduce((s, r, a) => s + r[a], 0);
    expect(two.totalVariance).toBeCloseTo(trace, 12);
    expect(two.variances[0] / two.totalVariance).toBeCloseTo(two.explainedVarianceRatio[0], 15);
  });

  it('puts the mean at the origin of the map', () => {
    const at = projectRows(model.mean, model, 2);
    expect(at[0]).toBeCloseTo(0, 12);
    expect(at[1]).toBeCloseTo(0, 12);
  });

  it('refuses fewer than 2 rows and ragged data', () => {
    expect(() => fitPca(new Float64Array(4), 4)).toThrow(RangeError);
    expect(() => fitPca(new Float64Array(7), 4)).toThrow(RangeError);
  });

  it('gives zero ratios, not NaN, when every row is the same', () => {
    const same = fitPca(Float64Array.from([1, 2, 1, 2, 1, 2]), 2, 2);
    expect(Array.from(same.explainedVarianceRatio)).toEqual([0, 0]);
  });

  it('asks for no more components than it kept', () => {
    expect(() => projectRows(flat, fitPca(flat, DIMS, 1), 2)).toThrow(RangeError);
  });
});

describe('reconstruct', () => {
  it('gives the data back from all components', () => {
    const model = fitPca(flat, DIMS, 4);
    const back = reconstruct(projectRows(flat, model, 4), model, 4);
    flat.forEach((x, i) => expect(back[i]).toBeCloseTo(x, 10));
  });

  it('puts points on the first component line when k = 1', () => {
    const points = Float64Array.from([0, 0, 2, 2, 1, 3, 3, 1]);
    const model = fitPca(points, 2, 2);
    const onLine = reconstruct(projectRows(points, model, 1), model, 1);
    // The first component here is the diagonal (1, 1)/√2 through the mean (1.5, 1.5).
    for (let i = 0; i < 4; i++) expect(onLine[i * 2]).toBeCloseTo(onLine[i * 2 + 1], 12);
    expect(onLine[4]).toBeCloseTo(2, 12);
  });
});

describe('covarianceMatrix', () => {
  it.each([5, 6])('matches the definition across several row blocks (%i columns)', (d) => {
    const random = seededRandom(d);
    const n = 300;
    const data = Float32Array.from({ length: n * d }, () => random() * 2 - 1);
    const mean = columnMeans(data, d);
    const cov = covarianceMatrix(data, d, mean);
    expect(cov).toHaveLength(d * d);
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < d; b++) {
        let sum = 0;
        for (let i = 0; i < n; i++) sum += (data[i * d + a] - mean[a]) * (data[i * d + b] - mean[b]);
        expect(cov[a * d + b]).toBeCloseTo(sum / (n - 1), 12);
      }
    }
  });

  it('computes column means', () => {
    expect(Array.from(columnMeans(Float64Array.from([1, 10, 3, 20]), 2))).toEqual([2, 15]);
  });
});
