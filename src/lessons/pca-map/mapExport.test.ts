import { describe, expect, it } from 'vitest';
import { coordinatesCsv, coordinatesJson } from './mapExport';

const ROWS = [
  { index: '7', title: 'Data Analyst, Senior' },
  { index: '9', title: 'Line\nbreak' },
];
const PCA = Float64Array.from([0.1234567890123, -2, 1e-7, 3]);

describe('coordinatesCsv', () => {
  it('leaves the UMAP and cluster columns empty until they have run', () => {
    expect(coordinatesCsv({ rows: ROWS, pca: PCA, umap: null, clusters: null })).toBe(
      'index,title,pc1,pc2,umap1,umap2,cluster\r\n' +
        '7,"Data Analyst, Senior",0.1234567890123,-2,,,\r\n' +
        '9,"Line\nbreak",1e-7,3,,,\r\n',
    );
  });

  it('fills them in at full precision once they have', () => {
    const csv = coordinatesCsv({
      rows: ROWS,
      pca: PCA,
      umap: Float64Array.from([1.5, -0.25, 3, 4]),
      clusters: { assignments: [1, 0], labels: ['nurse', 'data'] },
    });
    expect(csv.split('\r\n')[1]).toBe('7,"Data Analyst, Senior",0.1234567890123,-2,1.5,-0.25,1');
    expect(csv.split('\r\n')[2]).toBe('9,"Line\nbreak",1e-7,3,3,4,0');
  });

  it('writes only the header when there are no rows', () => {
    expect(coordinatesCsv({ rows: [], pca: new Float64Array(0), umap: null, clusters: null })).toBe(
      'index,title,pc1,pc2,umap1,umap2,cluster\r\n',
    );
  });
});

describe('coordinatesJson', () => {
  it('has the same fields, nulls for what has not run, and the cluster labels', () => {
    const empty = coordinatesJson({ rows: ROWS, pca: PCA, umap: null, clusters: null });
    expect(empty.rows[0]).toEqual({
      index: '7',
      title: 'Data Analyst, Senior',
      pc1: 0.1234567890123,
      pc2: -2,
      umap1: null,
      umap2: null,
      cluster: null,
    });
    expect(empty.clusterLabels).toEqual([]);
    const full = coordinatesJson({
      rows: ROWS,
      pca: PCA,
      umap: Float64Array.from([1.5, -0.25, 3, 4]),
      clusters: { assignments: [1, 0], labels: ['nurse', 'data'] },
    });
    expect(full.rows[1]).toMatchObject({ umap1: 3, umap2: 4, cluster: 0 });
    expect(full.clusterLabels).toEqual(['nurse', 'data']);
  });
});
