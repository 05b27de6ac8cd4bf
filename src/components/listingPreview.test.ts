import { describe, expect, it } from 'vitest';
import { previewText } from './listingPreview';

describe('previewText', () => {
  it('keeps short text whole, with whitespace flattened', () => {
    expect(previewText('Cares for\n\npatients.  ')).toBe('Cares for patients.');
  });

  it('cuts long text at the last space before the limit', () => {
    expect(previewText('alpha beta gamma delta', 13)).toBe('alpha beta…');
  });

  it('cuts mid-word when there is no space late enough', () => {
    expect(previewText('a supercalifragilistic', 10)).toBe('a supercal…');
    expect(previewText('x'.repeat(400))).toHaveLength(301);
  });
});
