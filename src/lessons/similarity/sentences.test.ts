import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTENCES, MAX_SENTENCES, sentenceLines } from './sentences';

describe('sentenceLines', () => {
  it('trims lines and skips blank ones', () => {
    expect(sentenceLines('  one \n\n two\n   \n')).toEqual({ sentences: ['one', 'two'], dropped: 0 });
  });

  it('keeps the first eight and counts the rest', () => {
    const text = Array.from({ length: 11 }, (_, i) => `s${i}`).join('\n');
    const { sentences, dropped } = sentenceLines(text);
    expect(sentences).toHaveLength(MAX_SENTENCES);
    expect(sentences[7]).toBe('s7');
    expect(dropped).toBe(3);
  });

  it('has five default sentences', () => {
    expect(sentenceLines(DEFAULT_SENTENCES).sentences).toHaveLength(5);
  });
});
