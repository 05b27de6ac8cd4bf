import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vectorsJson, vectorsNpy } from './exportFiles';
import { exportManifest, jsonFileText } from './exportManifest';
import { pythonCheck } from './pythonCheck';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

const rows = {
  listings: [
    { index: '17', title: 'Nurse', text: 'Night shifts on a busy ward.\nCaring for patients.' },
    { index: '3', title: 'Chef', text: 'Café au lait, 東京 and seasonal food 🙂' },
  ],
  vectors: Float32Array.of(0.6, 0.8, -1, 0),
  dims: 2,
};
const source = {
  modelId: 'Xenova/all-MiniLM-L6-v2',
  dtype: 'q8',
  backend: 'wasm',
  backendDetail: '2 threads',
  appVersion: '0.1.0',
  maxTokens: 256,
};

describe('exportManifest', () => {
  it('hashes each text and each vector file as node:crypto does, and describes the vectors', async () => {
    const manifest = await exportManifest(source, rows, { npy: 'x-vectors.npy', json: 'x-vectors.json' });
    expect(manifest).toMatchObject({ ...source, rows: 2, dims: 2, pooling: 'mean', normalized: true });
    expect(manifest.texts).toEqual(
      rows.listings.map((l) => ({ index: l.index, text: l.text, sha256: sha256(l.text) })),
    );
    expect(manifest.files).toEqual([
      { name: 'x-vectors.npy', sha256: sha256(vectorsNpy(rows)) },
      {
        name: 'x-vectors.json',
        sha256: sha256(JSON.stringify(vectorsJson(source, rows))),
      },
    ]);
  });

  it('changes the vector hashes when one number changes', async () => {
    const names = { npy: 'a.npy', json: 'a.json' };
    const before = await exportManifest(source, rows, names);
    const changed = { ...rows, vectors: Float32Array.of(0.6, 0.8, -1, 1e-7) };
    const after = await exportManifest(source, changed, names);
    expect(after.files[0].sha256).not.toBe(before.files[0].sha256);
    expect(after.files[1].sha256).not.toBe(before.files[1].sha256);
    expect(after.texts).toEqual(before.texts);
  });

  it('the JSON file text is the JSON export, byte for byte', () => {
    expect(JSON.parse(jsonFileText(source, rows))).toEqual(vectorsJson(source, rows));
  });
});

describe('pythonCheck', () => {
  it('is the snippet the README shows, for the built-in dataset', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(
      pythonCheck({ manifest: 'job-listings-manifest.json', npy: 'job-listings-vectors.npy' }),
    );
  });
});
