import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { fileStem, metadataCsv, vectorsJson, vectorsNpy } from './exportFiles';
import { parseNpy } from './npy';

const listings = [
  { index: '17', title: 'Nurse, "night" shift', text: 'a' },
  { index: '3', title: 'Chef\nline two', text: 'b' },
];
const rows = { listings, vectors: Float32Array.of(0.5, -0.25, 1, 0), dims: 2 };

describe('export files', () => {
  it('makes safe file stems', () => {
    expect(fileStem('Job listings (2).csv')).toBe('job-listings-2');
    expect(fileStem('東京.csv')).toBe('listings');
  });

  it('quotes CSV fields when needed, and pandas-style readers get the titles back', () => {
    const csv = metadataCsv(listings);
    expect(csv.split('\r\n')[0]).toBe('index,title');
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed).toEqual([
      ['index', 'title'],
      ['17', 'Nurse, "night" shift'],
      ['3', 'Chef\nline two'],
    ]);
  });

  it('writes the same numbers to .npy and JSON, row for row', () => {
    const npy = parseNpy(vectorsNpy(rows));
    expect(npy.shape).toEqual([2, 2]);
    const json = vectorsJson({ modelId: 'tiny-bert', dtype: 'q8', backend: 'wasm' }, rows);
    expect(json).toEqual({
      model: 'tiny-bert',
      dtype: 'q8',
      backend: 'wasm',
      rows: [
        { index: '17', title: 'Nurse, "night" shift', vector: [0.5, -0.25] },
        { index: '3', title: 'Chef\nline two', vector: [1, 0] },
      ],
    });
    expect(Array.from(npy.values)).toEqual(json.rows.flatMap((r) => r.vector));
  });
});
