import { describe, expect, it } from 'vitest';
import { MAX_TOKENS, truncateTokenIds } from './truncation';

describe('truncateTokenIds', () => {
  const CLS = 101;
  const SEP = 102;

  it('leaves short sequences alone', () => {
    expect(truncateTokenIds([CLS, 5, 6, SEP])).toEqual([CLS, 5, 6, SEP]);
  });

  it('cuts to 256 keeping [CLS] first and [SEP] last, like sentence-transformers', () => {
    const long = [CLS, ...Array.from({ length: 400 }, (_, i) => 1000 + i), SEP];
    const cut = truncateTokenIds(long);
    expect(cut).toHaveLength(MAX_TOKENS);
    expect(cut[0]).toBe(CLS);
    expect(cut.at(-1)).toBe(SEP);
    expect(cut.slice(1, -1)).toEqual(long.slice(1, MAX_TOKENS - 1));
  });

  it('keeps exactly 256 untouched', () => {
    const exact = [CLS, ...Array.from({ length: 254 }, (_, i) => i + 200), SEP];
    expect(truncateTokenIds(exact)).toEqual(exact);
  });
});
