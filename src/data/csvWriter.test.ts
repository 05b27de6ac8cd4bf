import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, neutraliseFormula } from './csvWriter';

describe('neutraliseFormula', () => {
  it.each(['=HYPERLINK("http://x","y")', '+cmd|/C calc!A0', '-2+3', '@SUM(A1)', '\tTab', '\rCR'])(
    'prefixes %j with an apostrophe',
    (text) => expect(neutraliseFormula(text)).toBe(`'${text}`),
  );

  it('leaves ordinary text alone, including a formula character later in the cell', () => {
    for (const text of ['Nurse', 'C++ developer', 'a=b', ' =not first', '', "'quoted"])
      expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('csvCell and csvText', () => {
  it('writes numbers as numbers, negative ones included', () => {
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(1e-7)).toBe('1e-7');
  });

  it('neutralises before quoting, so a quoted formula is still text', () => {
    expect(csvCell('=HYPERLINK("a","b")')).toBe(`"'=HYPERLINK(""a"",""b"")"`);
    expect(csvCell('-1, -2')).toBe(`"'-1, -2"`);
  });

  it('round-trips through a CSV reader with every text cell intact or apostrophe-prefixed', () => {
    const rows = [
      ['17', 'Nurse, "night" shift'],
      ['3', 'Chef\nline two'],
      ['4', '@SUM(1+1)*cmd|" /C calc"!A0'],
    ];
    const parsed = Papa.parse<string[]>(csvText(['index', 'title'], rows).trim()).data;
    expect(parsed).toEqual([['index', 'title'], rows[0], rows[1], ['4', `'${rows[2][1]}`]]);
  });
});
