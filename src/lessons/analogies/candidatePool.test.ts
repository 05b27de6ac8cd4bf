import { describe, expect, it } from 'vitest';
import { candidateWords, excludedCandidates, MAX_CANDIDATES } from './candidatePool';
import { DEFAULT_CANDIDATES, PRESETS } from './presets';

const king = { a: 'king', b: 'man', c: 'woman', d: 'queen' };

describe('candidateWords', () => {
  it('puts D first, trims lines, skips blanks and drops case-insensitive repeats', () => {
    expect(candidateWords(' prince \n\nQueen\nPrince\nlady', 'queen')).toEqual(['queen', 'prince', 'lady']);
  });

  it('keeps at most MAX_CANDIDATES listed words besides D', () => {
    const text = Array.from({ length: MAX_CANDIDATES + 20 }, (_, i) => `w${i}`).join('\n');
    const words = candidateWords(text, 'queen');
    expect(words).toHaveLength(MAX_CANDIDATES + 1);
    expect(words[0]).toBe('queen');
    expect(words.at(-1)).toBe(`w${MAX_CANDIDATES - 1}`);
  });

  it('has about fifty default words that contain every preset answer', () => {
    const words = candidateWords(DEFAULT_CANDIDATES, 'queen');
    expect(words.length).toBeGreaterThanOrEqual(45);
    expect(words.length).toBeLessThanOrEqual(55);
    for (const preset of PRESETS) expect(words).toContain(preset.d);
  });
});

describe('excludedCandidates', () => {
  it('finds A, B and C wherever they appear, ignoring case', () => {
    expect(excludedCandidates(['queen', 'Man', 'prince', 'KING', 'woman'], king)).toEqual([1, 3, 4]);
  });

  it('never excludes D, even when it equals A, B or C', () => {
    expect(excludedCandidates(['woman', 'man', 'lady'], { ...king, d: 'woman' })).toEqual([1]);
  });
});
