import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_CSV_BYTES,
  checkCsvSize,
  decodeCsvBytes,
  firstInvalidUtf8Byte,
  lineOfByte,
  looksLikeHtml,
} from './csvBytes';

const bytesOf = (text: string) => new TextEncoder().encode(text);

function errorOf(result: ReturnType<typeof decodeCsvBytes>) {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

describe('checkCsvSize', () => {
  it('accepts the limit and rejects one byte more, naming both sizes', () => {
    expect(checkCsvSize(MAX_CSV_BYTES, 'a.csv').ok).toBe(true);
    const result = checkCsvSize(100 * 1024 * 1024, 'big.csv');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('too-large');
      expect(result.error.problem).toBe('“big.csv” is 100.0 MB; the limit is 50.0 MB.');
    }
    expect(checkCsvSize(MAX_CSV_BYTES + 1, 'a.csv').ok).toBe(false);
  });
});

describe('decodeCsvBytes', () => {
  it('removes a UTF-8 byte order mark and keeps non-ASCII text', () => {
    const result = decodeCsvBytes(
      new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('title\nCafé — 東京 ✓')]),
      'a.csv',
    );
    expect(result).toEqual({ ok: true, value: 'title\nCafé — 東京 ✓' });
  });

  it('reports an empty file and a file of blank lines', () => {
    expect(errorOf(decodeCsvBytes(new Uint8Array(), 'e.csv'))).toMatchObject({
      kind: 'empty',
      problem: '“e.csv” is empty (0 bytes).',
    });
    expect(errorOf(decodeCsvBytes(bytesOf('\r\n  \n'), 'e.csv')).problem).toContain('only blank lines');
  });

  it('reports Latin-1 text with its line and byte', () => {
    const bytes = new Uint8Array([...bytesOf('a,b\n1,ok\n2,caf'), 0xe9, ...bytesOf('\n')]);
    const error = errorOf(decodeCsvBytes(bytes, 'latin.csv'));
    expect(error.kind).toBe('encoding');
    expect(error.where).toBe('Line 3, byte 14: 0xE9 cannot start or continue a UTF-8 character.');
    expect(error.advice).toContain('CSV UTF-8');
  });

  it('recognises zip archives (xlsx), UTF-16 and other binary files', () => {
    expect(
      errorOf(decodeCsvBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'x.xlsx')).problem,
    ).toContain('zip archive');
    expect(errorOf(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'w.csv')).problem).toContain(
      'UTF-16',
    );
    const png = errorOf(
      decodeCsvBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'p.csv'),
    );
    expect(png.kind).toBe('binary');
    expect(png.where).toBe('Byte 8 (line 3) is a NUL byte (0x00), which text files never contain.');
  });

  it('recognises a web page served instead of a CSV', () => {
    const error = errorOf(
      decodeCsvBytes(bytesOf('\n  <!DOCTYPE html>\n<html lang="en"><head>'), 'missing.csv'),
    );
    expect(error).toMatchObject({
      kind: 'not-csv',
      problem: '“missing.csv” is a web page (HTML), not a CSV file.',
    });
    expect(error.advice).toContain('Raw');
    expect(decodeCsvBytes(bytesOf('html,notes\n<b>x</b>,y\n'), 'ok.csv').ok).toBe(true);
  });

  it('recognises a web page without a doctype by its opening tag, comments first or not', () => {
    for (const page of [
      '<head>\n<title>Moved</title>\n</head>\n<body><p>Gone</p></body>\n',
      '<!-- served by nginx -->\n<body>\n<p>Not found</p>\n</body>',
      '  <meta charset="utf-8">\n<title>Login</title>',
      '<div class="error">Access denied</div>\nline two',
    ]) {
      expect(looksLikeHtml(page)).toBe(true);
      expect(errorOf(decodeCsvBytes(bytesOf(page), 'x.csv')).kind).toBe('not-csv');
    }
    for (const csv of ['title,text\nNurse,<p>care</p>\n', '<id>,text\n1,a\n', 'body,head\n1,2\n'])
      expect(looksLikeHtml(csv)).toBe(false);
  });

  it('recognises a Git LFS pointer', () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a\nsize 12345\n';
    expect(errorOf(decodeCsvBytes(bytesOf(pointer), 'jobs.csv')).problem).toContain('Git LFS pointer');
  });
});

describe('firstInvalidUtf8Byte', () => {
  it('finds overlongs, surrogates, stray continuations and cut-off characters', () => {
    expect(firstInvalidUtf8Byte(bytesOf('plain ✓ 東京 😀'))).toBe(-1);
    expect(firstInvalidUtf8Byte(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1); // overlong '/'
    expect(firstInvalidUtf8Byte(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // surrogate U+D800
    expect(firstInvalidUtf8Byte(new Uint8Array([0x61, 0x62, 0x80]))).toBe(2); // stray continuation
    expect(firstInvalidUtf8Byte(new Uint8Array([0x61, 0xe2, 0x9c]))).toBe(1); // cut off
    expect(firstInvalidUtf8Byte(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
  });

  it('agrees with the fatal TextDecoder on random bytes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (let trial = 0; trial < 2000; trial++) {
      // Mostly ASCII and valid lead/continuation bytes, so both outcomes occur often.
      const bytes = Uint8Array.from(
        { length: 1 + (trial % 9) },
        () => [0x41, 0xc3, 0xa9, 0xe2, 0x9c, 0x93, 0xf0, 0x9f, 0x98, 0x80, next()][next() % 11],
      );
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8Byte(bytes) === -1).toBe(valid);
    }
  });
});

describe('lineOfByte', () => {
  it('counts line feeds before the offset', () => {
    const bytes = bytesOf('a\nb\r\nc');
    expect([0, 1, 2, 5].map((offset) => lineOfByte(bytes, offset))).toEqual([1, 1, 2, 3]);
  });
});

describe('the documented limit', () => {
  it('is the limit the code applies (the README once said 100 MB)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const megabytes = MAX_CSV_BYTES / 1024 / 1024;
    expect(readme).toContain(`a file over ${megabytes} MB`);
    expect(readme).not.toMatch(new RegExp(`file over (?!${megabytes} MB)\\d+ MB`));
  });
});
