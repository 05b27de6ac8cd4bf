import { describe, expect, it } from 'vitest';
import {
  matchPrecomputed,
  matchingPrefix,
  modelSlug,
  parseManifest,
  vectorsFileName,
  withEntry,
  type PrecomputedEntry,
  type PrecomputedManifest,
} from './precomputed';

const hash = (n: number) => n.toString(16).padStart(64, '0');
const hashes = (count: number, from = 0) => Array.from({ length: count }, (_, i) => hash(from + i));

function entry(overrides: Partial<PrecomputedEntry> = {}): PrecomputedEntry {
  return {
    dataset: 'job-listings.csv',
    modelId: 'Xenova/all-MiniLM-L6-v2',
    dtype: 'q8',
    dims: 384,
    rows: 4,
    rowHashes: hashes(4),
    vectorsFile: 'job-listings.xenova-all-minilm-l6-v2.q8.npy',
    ...overrides,
  };
}

const manifest = (...entries: PrecomputedEntry[]): PrecomputedManifest => ({ version: 1, entries });
const target = { modelId: 'Xenova/all-MiniLM-L6-v2', dtype: 'q8', dims: 384, rowHashes: hashes(4) };

describe('file names', () => {
  it('turns a model id into a lower-case slug', () => {
    expect(modelSlug('Xenova/all-MiniLM-L6-v2')).toBe('xenova-all-minilm-l6-v2');
    expect(modelSlug('tiny-bert')).toBe('tiny-bert');
  });

  it('names the vectors file after dataset, model and dtype', () => {
    expect(vectorsFileName('Job listings (2).csv', 'tiny-bert', 'fp32')).toBe(
      'job-listings-2.tiny-bert.fp32.npy',
    );
    expect(vectorsFileName('東京.csv', 'Xenova/all-MiniLM-L6-v2', 'q8')).toBe(
      'dataset.xenova-all-minilm-l6-v2.q8.npy',
    );
  });
});

describe('parseManifest', () => {
  it('accepts a well-formed manifest', () => {
    const parsed = parseManifest(JSON.parse(JSON.stringify(manifest(entry()))));
    expect(parsed.entries[0]).toEqual(entry());
  });

  it.each([
    ['a wrong version', { version: 2, entries: [] }, /version 1/],
    ['an entry without a model', { version: 1, entries: [{ ...entry(), modelId: 3 }] }, /entry 1 lacks/],
    ['too few hashes', { version: 1, entries: [entry({ rowHashes: hashes(3) })] }, /needs 4 SHA-256/],
    [
      'a hash that is not hex',
      { version: 1, entries: [entry({ rowHashes: [...hashes(3), 'x'] })] },
      /needs 4 SHA-256/,
    ],
    ['zero dims', { version: 1, entries: [entry({ dims: 0 })] }, /positive whole dims/],
  ])('rejects %s', (_, json, message) => {
    expect(() => parseManifest(json)).toThrow(message);
  });
});

describe('withEntry', () => {
  it('replaces the entry for the same dataset, model and dtype and keeps others', () => {
    const other = entry({ dtype: 'fp32' });
    const updated = withEntry(manifest(entry(), other), entry({ rows: 1, rowHashes: hashes(1) }));
    expect(updated.entries.map((e) => [e.dtype, e.rows])).toEqual([
      ['fp32', 4],
      ['q8', 1],
    ]);
  });
});

describe('matchPrecomputed', () => {
  it('counts the leading equal hashes', () => {
    expect(matchingPrefix(hashes(4), [...hashes(2), hash(99)])).toBe(2);
    expect(matchingPrefix(hashes(4), hashes(2))).toBe(2);
  });

  it('matches the same model, dtype, dims and texts, using every row', () => {
    expect(matchPrecomputed(manifest(entry()), target)).toEqual({
      kind: 'match',
      entry: entry(),
      rows: 4,
      note: undefined,
    });
  });

  it('prefers the entry with the right dtype among several', () => {
    const result = matchPrecomputed(manifest(entry({ dtype: 'fp32' }), entry()), target);
    expect(result.kind === 'match' && result.entry.dtype).toBe('q8');
  });

  it('explains a different model and dtype instead of using the vectors', () => {
    const result = matchPrecomputed(manifest(entry({ modelId: 'tiny-bert', dtype: 'fp32' })), target);
    expect(result).toMatchObject({ kind: 'mismatch' });
    const reasons = result.kind === 'mismatch' ? result.reasons : [];
    expect(reasons).toEqual([
      'they were made with tiny-bert, but the page runs Xenova/all-MiniLM-L6-v2',
      'they were made at fp32 precision, but the page runs q8',
    ]);
  });

  it('explains different dims', () => {
    const result = matchPrecomputed(manifest(entry({ dims: 768 })), target);
    expect(result.kind === 'mismatch' && result.reasons).toEqual([
      'they have 768 dimensions, the model here gives 384',
    ]);
  });

  it('explains other texts', () => {
    const result = matchPrecomputed(
      manifest(entry({ rowHashes: hashes(4, 100), dataset: 'other.csv' })),
      target,
    );
    expect(result.kind === 'mismatch' && result.reasons).toEqual([
      'they are for other texts (other.csv): already row 1 differs from the dataset loaded here',
    ]);
  });

  it('uses the matching leading rows of a partly edited dataset and says so', () => {
    const edited = { ...target, rowHashes: [...hashes(2), hash(99), hash(3)] };
    const result = matchPrecomputed(manifest(entry()), edited);
    expect(result).toMatchObject({ kind: 'match', rows: 2 });
    expect(result.kind === 'match' && result.note).toBe(
      'Only the first 2 of 4 rows match: row 3 has a different text here (was the CSV edited?).',
    );
  });

  it('uses only as many rows as the dataset has', () => {
    const result = matchPrecomputed(manifest(entry()), { ...target, rowHashes: hashes(3) });
    expect(result).toMatchObject({ kind: 'match', rows: 3 });
    expect(result.kind === 'match' && result.note).toMatch(/has 3 rows; the file holds 4/);
  });

  it('reports the closest entry when none fits', () => {
    const result = matchPrecomputed(
      manifest(entry({ modelId: 'a', rowHashes: hashes(4, 50) }), entry({ dtype: 'fp16' })),
      target,
    );
    expect(result.kind === 'mismatch' && result.entry.dtype).toBe('fp16');
  });

  it('says there is nothing for an empty manifest', () => {
    expect(matchPrecomputed(manifest(), target)).toEqual({ kind: 'none' });
  });
});
