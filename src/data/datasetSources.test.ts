import { describe, expect, it } from 'vitest';
import { nameFromUrl } from './datasetSources';

describe('nameFromUrl', () => {
  it('is the decoded file name of an http(s) address', () => {
    expect(nameFromUrl('https://example.org/data/job%20listings.csv?x=1')).toBe('job listings.csv');
    expect(nameFromUrl('/shared/listings.csv')).toBe('listings.csv');
  });

  it('is the host when the path is empty', () => {
    expect(nameFromUrl('https://example.org/')).toBe('example.org');
  });

  it('is the whole address for other schemes and for what does not parse', () => {
    expect(nameFromUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(nameFromUrl('data:text/csv,a,b')).toBe('data:text/csv,a,b');
    expect(nameFromUrl('http://[')).toBe('http://[');
  });
});
