import { describe, expect, it } from 'vitest';
import { parseHttpUrl } from './httpUrl';

describe('parseHttpUrl', () => {
  it('resolves http(s) addresses, relative ones against the base', () => {
    expect(parseHttpUrl('https://example.org/a.csv')?.href).toBe('https://example.org/a.csv');
    expect(parseHttpUrl('data/x.csv', 'http://127.0.0.1:4173/app/')?.href).toBe(
      'http://127.0.0.1:4173/app/data/x.csv',
    );
  });

  it('refuses other schemes and what does not parse', () => {
    for (const address of [
      'javascript:alert(1)',
      'data:text/csv,a,b',
      'ftp://example.org/a.csv',
      'http://[',
    ]) {
      expect(parseHttpUrl(address, 'https://example.org/')).toBeUndefined();
    }
    expect(parseHttpUrl('relative/without/base')).toBeUndefined();
  });
});
