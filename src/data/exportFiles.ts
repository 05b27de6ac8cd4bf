/** The files a student takes to Python: vectors (.npy or JSON) and which listing each row is. */
import type { Listing } from './listings';
import { csvText } from './csvWriter';
import { encodeNpy } from './npy';

export interface ExportRows {
  listings: readonly Listing[];
  /** Row-major [listings.length, dims], in the same order. */
  vectors: Float32Array;
  dims: number;
}

export interface VectorsJson {
  model: string;
  dtype: string;
  /** Where the vectors were computed: 'webgpu', 'wasm' or 'node' (precomputed ahead of time). */
  backend: string;
  rows: { index: string; title: string; vector: number[] }[];
}

/** "Job listings (2).csv" → "job-listings-2"; `fallback` when nothing usable is left. */
export function fileStem(datasetName: string, fallback = 'listings'): string {
  const stem = datasetName
    .replace(/\.[a-z0-9]+$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return stem || fallback;
}

export function vectorsNpy(rows: ExportRows): Uint8Array<ArrayBuffer> {
  return encodeNpy(rows.vectors, [rows.listings.length, rows.dims]);
}

/** `index,title`, one line per vector row, so `meta.iloc[i]` describes `vectors[i]`. */
export function metadataCsv(listings: readonly Listing[]): string {
  return csvText(
    ['index', 'title'],
    listings.map((l) => [l.index, l.title]),
  );
}

/** The vectors with the model that made them (their provenance, not the model running now). */
export function vectorsJson(
  made: { modelId: string; dtype: string; backend: string },
  rows: ExportRows,
): VectorsJson {
  return {
    model: made.modelId,
    dtype: made.dtype,
    backend: made.backend,
    rows: rows.listings.map((listing, i) => ({
      index: listing.index,
      title: listing.title,
      vector: Array.from(rows.vectors.subarray(i * rows.dims, (i + 1) * rows.dims)),
    })),
  };
}
