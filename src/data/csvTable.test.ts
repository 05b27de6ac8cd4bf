import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, lineOfChar, parseCsvTable } from './csvTable';

const parse = (text: string, onProgress?: (fraction: number) => void) =>
  parseCsvTable(Papa, text, onProgress);

describe('parseCsvTable', () => {
  it('reads a pandas-style file with CRLF line ends and a quoted multi-line field', () => {
    const result = parse(
      ',Job Title,Job Description\r\n0,Nurse,"Cares for patients.\r\nNight shifts, ""on call""."\r\n1,Chef,Cooks.\r\n',
    );
    expect(result).toEqual({
      ok: true,
      value: {
        header: ['', 'Job Title', 'Job Description'],
        rows: [
          ['0', 'Nurse', 'Cares for patients.\r\nNight shifts, "on call".'],
          ['1', 'Chef', 'Cooks.'],
        ],
      },
    });
  });

  it('guesses semicolon and tab separators and drops blank lines', () => {
    expect(parse('a;b\n1;x\n\n2;y')).toMatchObject({
      ok: true,
      value: {
        rows: [
          ['1', 'x'],
          ['2', 'y'],
        ],
      },
    });
    expect(parse('a\tb\n1\tx, y\n')).toMatchObject({ ok: true, value: { rows: [['1', 'x, y']] } });
  });

  it('names the line where an unclosed quote opens', () => {
    const text = 'id,text\n0,"fine\nacross lines"\n1,"never closed\n2,more\n3,rows\n';
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('quotes');
      expect(result.error.where).toBe('The quote opens on line 4.');
    }
  });

  it('reports text after a closing quote with its line', () => {
    const result = parse('id,text\n0,ok\n1,"closed"then more\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.where).toBe('Line 3.');
  });

  it('reports a header without rows', () => {
    const result = parse('Job Title,Job Description\n');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({
        kind: 'no-rows',
        where: 'Header: “Job Title”, “Job Description”.',
      });
  });

  it('refuses more columns than MAX_COLUMNS, saying how many there are', () => {
    const header = Array.from({ length: MAX_COLUMNS + 1 }, (_, i) => `c${i}`).join(',');
    const result = parse(`${header}\n${header}\n`);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('too-many-columns');
      expect(result.error.problem).toContain(`too many columns: ${MAX_COLUMNS + 1} columns`);
    }
    expect(parse(`${header.replace(/,c1000$/, '')}\n${header.replace(/,c1000$/, '')}\n`).ok).toBe(true);
  });

  it('reports progress up to 1', () => {
    const fractions: number[] = [];
    parse(`t\n${'word\n'.repeat(1000)}`, (f) => fractions.push(f));
    expect(fractions.length).toBeGreaterThan(10);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

describe('lineOfChar', () => {
  it('is 1-based and counts line feeds before the offset', () => {
    expect([0, 2, 3, 7].map((offset) => lineOfChar('ab\ncd\r\nef', offset))).toEqual([1, 1, 2, 3]);
  });
});
