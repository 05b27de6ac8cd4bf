import { describe, expect, it } from 'vitest';
import { columnLabels, columnName, guessColumns, meanTextLength, normalizeHeader } from './columns';

const table = (header: string[], rows: string[][]) => ({ header, rows });

describe('guessColumns', () => {
  it('picks the notebook dataset’s columns by name, with pandas’ unnamed index', () => {
    expect(guessColumns(table(['', 'Job Title', 'Job Description'], [['0', 'Nurse', 'Cares']]))).toEqual({
      ok: true,
      value: { text: 2, label: 1, index: 0 },
    });
  });

  it('matches common names in any case and spacing', () => {
    expect(guessColumns(table(['ID', 'label', 'TEXT'], [['1', 'a', 'b']]))).toEqual({
      ok: true,
      value: { text: 2, label: 1, index: 0 },
    });
    expect(guessColumns(table(['title', 'job_description'], [['a', 'b']]))).toEqual({
      ok: true,
      value: { text: 1, label: 0, index: null },
    });
  });

  it('falls back to the column with the longest text', () => {
    const rows = [
      ['7', 'short', 'a much longer piece of text'],
      ['8', 'tiny', 'another long piece of text'],
    ];
    expect(guessColumns(table(['n', 'kind', 'notes'], rows))).toEqual({
      ok: true,
      value: { text: 2, label: null, index: null },
    });
  });

  it('uses a label-named column as the text when it is the only text', () => {
    expect(guessColumns(table(['id', 'title'], [['1', 'Nurse']]))).toEqual({
      ok: true,
      value: { text: 1, label: null, index: 0 },
    });
  });

  it('fails when every column is numbers or empty, listing the columns', () => {
    const result = guessColumns(
      table(
        ['id', 'score', 'note'],
        [
          ['1', '0.5', ''],
          ['2', '3e4', ' '],
        ],
      ),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({
        kind: 'no-text-column',
        where: 'Columns: “id”, “score”, “note”.',
      });
  });
});

describe('helpers', () => {
  it('normalizes header names', () => expect(normalizeHeader('  Job_Description ')).toBe('job description'));
  it('averages only non-numeric cells', () =>
    expect(meanTextLength([['12'], ['abcd'], ['ab'], ['']], 0)).toBe(3));
  it('names unnamed columns by position', () =>
    expect([columnName(['', 'b'], 0), columnName(['', 'b'], 1)]).toEqual(['column 1', 'b']));
});

describe('wide and duplicate headers', () => {
  it('guesses the text column of a 150,000-column table without overflowing the stack', () => {
    const header = Array.from({ length: 150_000 }, (_, i) => `c${i}`);
    const row = header.map((_, i) => (i === 149_999 ? 'the longest text of all' : 'x'));
    const guess = guessColumns({ header, rows: [row] });
    expect(guess.ok && guess.value.text).toBe(149_999);
  });

  it('tells apart names used more than once by their position', () => {
    expect(columnLabels(['title', 'Title', 'title', '', 'text'])).toEqual([
      'title (column 1)',
      'Title',
      'title (column 3)',
      'column 4',
      'text',
    ]);
    expect(columnName(['a', 'a'], 1)).toBe('a (column 2)');
  });
});
