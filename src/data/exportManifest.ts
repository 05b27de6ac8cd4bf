/**
 * The manifest that goes with a vectors export: what made the vectors (model, dtype, backend, app
 * version), what they are of (each text, with its SHA-256) and the SHA-256 of each vector file, so
 * a student can check the files and recompute the vectors in Python (see PYTHON_CHECK).
 */
import { vectorsJson, vectorsNpy, type ExportRows } from './exportFiles';
import { sha256Hex, sha256HexOfBytes } from './textHash';

export interface ManifestSource {
  modelId: string;
  dtype: string;
  /** Where the vectors were computed: 'webgpu', 'wasm' or 'node' (precomputed ahead of time). */
  backend: string;
  /** More about the backend when known, e.g. "2 threads". */
  backendDetail?: string;
  appVersion: string;
  maxTokens: number;
}

export interface ExportManifest extends ManifestSource {
  rows: number;
  dims: number;
  pooling: 'mean';
  normalized: true;
  /** The vector files this manifest describes, by download name. */
  files: { name: string; sha256: string }[];
  /** One entry per vector row, in the same order; `text` is exactly what was embedded. */
  texts: { index: string; sha256: string; text: string }[];
}

export const jsonFileText = (source: ManifestSource, rows: ExportRows) =>
  JSON.stringify(vectorsJson(source, rows));

export async function exportManifest(
  source: ManifestSource,
  rows: ExportRows,
  names: { npy: string; json: string },
): Promise<ExportManifest> {
  const jsonBytes = new TextEncoder().encode(jsonFileText(source, rows));
  return {
    ...source,
    rows: rows.listings.length,
    dims: rows.dims,
    pooling: 'mean',
    normalized: true,
    files: [
      { name: names.npy, sha256: await sha256HexOfBytes(vectorsNpy(rows)) },
      { name: names.json, sha256: await sha256HexOfBytes(jsonBytes) },
    ],
    texts: await Promise.all(
      rows.listings.map(async (listing) => ({
        index: listing.index,
        sha256: await sha256Hex(listing.text),
        text: listing.text,
      })),
    ),
  };
}
