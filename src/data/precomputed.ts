/**
 * Precomputed vectors: a dataset embedded ahead of time in Node (`npm run precompute`) by the same
 * engine code as the browser, so a class can search at once instead of waiting for every laptop to
 * embed. A manifest lists what was computed; the page uses an entry only when its model, dtype and
 * the SHA-256 of every row's text match what the page has loaded, and says why when they do not.
 */
import { fileStem } from './exportFiles';

export const MANIFEST_VERSION = 1;

export interface PrecomputedEntry {
  /** The CSV's file name, for messages; rows are matched by their hashes, not by this name. */
  dataset: string;
  modelId: string;
  dtype: string;
  dims: number;
  rows: number;
  /** SHA-256 hex of each row's text (`sha256Hex`, the vector cache's key), in row order. */
  rowHashes: string[];
  /** A float32 .npy of shape [rows, dims], relative to the manifest's URL. */
  vectorsFile: string;
}

export interface PrecomputedManifest {
  version: number;
  entries: PrecomputedEntry[];
}

/** What the page has loaded and would embed with. */
export interface PrecomputedTarget {
  modelId: string;
  dtype: string;
  dims: number;
  /** Hashes of the dataset's first rows, as many as the page may use (at most every row). */
  rowHashes: readonly string[];
}

export type PrecomputedMatch =
  | {
      kind: 'match';
      entry: PrecomputedEntry;
      /** Leading rows usable: the entry's rows that match the dataset. */ rows: number;
      note?: string;
    }
  | { kind: 'mismatch'; entry: PrecomputedEntry; reasons: string[] }
  | { kind: 'none' };

/** "Xenova/all-MiniLM-L6-v2" → "xenova-all-minilm-l6-v2", for file names. */
export function modelSlug(modelId: string): string {
  return (
    modelId
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'model'
  );
}

/** `<dataset stem>.<model slug>.<dtype>.npy`, e.g. "job-listings.xenova-all-minilm-l6-v2.q8.npy". */
export function vectorsFileName(datasetFile: string, modelId: string, dtype: string): string {
  return `${fileStem(datasetFile, 'dataset')}.${modelSlug(modelId)}.${dtype}.npy`;
}

/** Adds or replaces the entry for the same dataset, model and dtype. */
export function withEntry(
  manifest: PrecomputedManifest | undefined,
  entry: PrecomputedEntry,
): PrecomputedManifest {
  const same = (e: PrecomputedEntry) =>
    e.dataset === entry.dataset && e.modelId === entry.modelId && e.dtype === entry.dtype;
  return {
    version: MANIFEST_VERSION,
    entries: [...(manifest?.entries ?? []).filter((e) => !same(e)), entry],
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isHash = (value: unknown) => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

function parseEntry(value: unknown, i: number): PrecomputedEntry {
  if (!isRecord(value)) throw new Error(`entry ${i + 1} is not an object`);
  const { dataset, modelId, dtype, dims, rows, rowHashes, vectorsFile } = value;
  if (
    typeof dataset !== 'string' ||
    typeof modelId !== 'string' ||
    typeof dtype !== 'string' ||
    typeof vectorsFile !== 'string'
  ) {
    throw new Error(`entry ${i + 1} lacks dataset, modelId, dtype or vectorsFile`);
  }
  if (!Number.isInteger(dims) || !Number.isInteger(rows) || (dims as number) < 1 || (rows as number) < 1) {
    throw new Error(`entry ${i + 1} has no positive whole dims and rows`);
  }
  if (!Array.isArray(rowHashes) || rowHashes.length !== rows || !rowHashes.every(isHash)) {
    throw new Error(`entry ${i + 1} needs ${String(rows)} SHA-256 row hashes`);
  }
  return {
    dataset,
    modelId,
    dtype,
    dims: dims as number,
    rows: rows as number,
    rowHashes: rowHashes as string[],
    vectorsFile,
  };
}

/** Checks a manifest's shape; throws an Error saying what is wrong. */
export function parseManifest(json: unknown): PrecomputedManifest {
  if (!isRecord(json) || json.version !== MANIFEST_VERSION || !Array.isArray(json.entries)) {
    throw new Error(`not a version ${MANIFEST_VERSION} manifest with an entries list`);
  }
  return { version: MANIFEST_VERSION, entries: json.entries.map(parseEntry) };
}

/** How many leading rows have the same text hash in both lists. */
export function matchingPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function reasonsAgainst(entry: PrecomputedEntry, target: PrecomputedTarget, prefix: number): string[] {
  const reasons: string[] = [];
  if (entry.modelId !== target.modelId)
    reasons.push(`they were made with ${entry.modelId}, but the page runs ${target.modelId}`);
  if (entry.dtype !== target.dtype)
    reasons.push(`they were made at ${entry.dtype} precision, but the page runs ${target.dtype}`);
  if (entry.dims !== target.dims)
    reasons.push(`they have ${entry.dims} dimensions, the model here gives ${target.dims}`);
  if (prefix === 0) {
    reasons.push(
      target.rowHashes.length === 0
        ? 'the dataset here has no rows'
        : `they are for other texts (${entry.dataset}): already row 1 differs from the dataset loaded here`,
    );
  }
  return reasons;
}

/**
 * Picks the entry to offer for the loaded dataset and model. A usable entry has the same model,
 * dtype and dims and the same text in at least its first row; its leading matching rows are used.
 * Otherwise the closest entry (most matching rows, then same model) is returned with the reasons.
 */
export function matchPrecomputed(manifest: PrecomputedManifest, target: PrecomputedTarget): PrecomputedMatch {
  const scored = manifest.entries.map((entry) => {
    const prefix = matchingPrefix(entry.rowHashes, target.rowHashes);
    return { entry, prefix, reasons: reasonsAgainst(entry, target, prefix) };
  });
  const usable = scored.filter((s) => s.reasons.length === 0).sort((a, b) => b.prefix - a.prefix)[0];
  if (usable) {
    const { entry, prefix } = usable;
    const note =
      prefix === entry.rows
        ? undefined
        : prefix === target.rowHashes.length
          ? `The dataset here has ${prefix} rows; the file holds ${entry.rows}, so only the first ${prefix} are used.`
          : `Only the first ${prefix} of ${entry.rows} rows match: row ${prefix + 1} has a different text here (was the CSV edited?).`;
    return { kind: 'match', entry, rows: prefix, note };
  }
  const closest = scored.sort(
    (a, b) =>
      b.prefix - a.prefix ||
      Number(b.entry.modelId === target.modelId) - Number(a.entry.modelId === target.modelId),
  )[0];
  return closest ? { kind: 'mismatch', entry: closest.entry, reasons: closest.reasons } : { kind: 'none' };
}
