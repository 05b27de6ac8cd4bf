import { describe, expect, it } from 'vitest';
import { coordinatesCsv, quoteCsv } from './coordinatesCsv';

describe('quoteCsv', () => {
  it('wraps in quotes and doubles inner quotes', () => {
    expect(quoteCsv('Nurse')).toBe('"Nurse"');
    expect(quoteCsv('Chef, "head"')).toBe('"Chef, ""head"""');
  });
});

describe('coordinatesCsv', () => {
  it('writes a header and one quoted line per row with full-precision numbers', () => {
    const csv = coordinatesCsv(
      [
        { index: '7', title: 'Data Analyst, Senior' },
        { index: '9', title: 'Line\nbreak' },
      ],
      Float64Array.from([0.1234567890123, -2, 1e-7, 3]),
    );
    expect(csv).toBe(
      'index,title,pc1,pc2\r\n"7","Data Analyst, Senior",0.1234567890123,-2\r\n"9","Line\nbreak",1e-7,3\r\n',
    );
  });

  it('writes only the header when there are no rows', () => {
    expect(coordinatesCsv([], new Float64Array(0))).toBe('index,title,pc1,pc2\r\n');
  });
});
