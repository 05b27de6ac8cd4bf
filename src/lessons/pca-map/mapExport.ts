/** The map's coordinates as files: CSV (one line per embedded row) and JSON (the same plus cluster labels). */
import { csvCell } from '../../data/csvWriter';

export const COORDINATES_HEADER = 'index,title,pc1,pc2,umap1,umap2,cluster';

export interface MapCoordinates {
  rows: readonly { index: string; title: string }[];
  /** Row-major [n, 2] PCA coordinates. */
  pca: Float64Array;
  /** Row-major [n, 2] UMAP coordinates, or null until UMAP has run. */
  umap: Float64Array | null;
  /** Cluster of each row, or null until clustering has run. */
  clusters: { assignments: ArrayLike<number>; labels: readonly string[] } | null;
}

export interface CoordinatesJson {
  rows: {
    index: string;
    title: string;
    pc1: number;
    pc2: number;
    umap1: number | null;
    umap2: number | null;
    cluster: number | null;
  }[];
  /** Label of cluster c at position c (words from its listings), empty until clustering has run. */
  clusterLabels: string[];
}

function jsonRows({ rows, pca, umap, clusters }: MapCoordinates): CoordinatesJson['rows'] {
  return rows.map((row, i) => ({
    index: row.index,
    title: row.title,
    pc1: pca[i * 2],
    pc2: pca[i * 2 + 1],
    umap1: umap ? umap[i * 2] : null,
    umap2: umap ? umap[i * 2 + 1] : null,
    cluster: clusters ? clusters.assignments[i] : null,
  }));
}

/** Numbers keep full precision, so the file reproduces the map exactly; missing values are empty fields. */
export function coordinatesCsv(map: MapCoordinates): string {
  const lines = jsonRows(map).map((row) =>
    [
      csvCell(row.index),
      csvCell(row.title),
      row.pc1,
      row.pc2,
      row.umap1 ?? '',
      row.umap2 ?? '',
      row.cluster ?? '',
    ].join(','),
  );
  return `${[COORDINATES_HEADER, ...lines].join('\r\n')}\r\n`;
}

export function coordinatesJson(map: MapCoordinates): CoordinatesJson {
  return { rows: jsonRows(map), clusterLabels: map.clusters ? [...map.clusters.labels] : [] };
}
