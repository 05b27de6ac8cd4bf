import { describe, expect, it } from 'vitest';
import { textLines } from './textLines';

describe('textLines', () => {
  it('keeps non-empty trimmed lines in order', () => {
    expect(textLines('  Paris \n\nTokyo\n   \nNew York')).toEqual(['Paris', 'Tokyo', 'New York']);
  });

  it('gives nothing for blank text', () => {
    expect(textLines(' \n ')).toEqual([]);
  });
});
