import { describe, expect, it } from 'vitest';
import { buildListings, describeSkipped } from './listings';

const header = ['', 'Job Title', 'Job Description'];
const columns = { text: 2, label: 1, index: 0 };

describe('buildListings', () => {
  it('keeps the CSV index, collapses whitespace in titles and normalizes CRLF in text', () => {
    const { listings } = buildListings(
      { header, rows: [['17', ' Data\n Scientist ', 'Line one\r\nline two']] },
      columns,
    );
    expect(listings).toEqual([{ index: '17', title: 'Data Scientist', text: 'Line one\nline two' }]);
  });

  it('skips and counts rows whose text is empty, missing or blank', () => {
    const rows = [
      ['0', 'A', 'text'],
      ['1', 'B', ''],
      ['2', 'C'],
      ['3', 'D', '  \n '],
      ['4', 'E', 'more'],
    ];
    const { listings, skipped } = buildListings({ header, rows }, columns);
    expect(listings.map((l) => l.index)).toEqual(['0', '4']);
    expect(skipped).toEqual({ total: 5, emptyText: 3 });
    expect(describeSkipped(skipped, header, columns)).toBe(
      '3 of 5 rows skipped: empty description (column “Job Description”)',
    );
  });

  it('numbers rows from 0 and leaves titles empty without index or label columns', () => {
    const { listings } = buildListings(
      { header: ['text'], rows: [['a'], [''], ['c']] },
      { text: 0, label: null, index: null },
    );
    expect(listings).toEqual([
      { index: '0', title: '', text: 'a' },
      { index: '2', title: '', text: 'c' },
    ]);
  });

  it('says nothing when nothing was skipped', () => {
    expect(describeSkipped({ total: 3, emptyText: 0 }, header, columns)).toBe('');
  });
});
