import { describe, expect, it } from 'vitest';
import { Bm25IndexBuilder, bm25Scores, buildBm25Index, idf, tokenize } from './bm25';

describe('tokenize', () => {
  it('lower-cases and splits on anything but letters and digits, in any script', () => {
    expect(tokenize('C++ / Node.js, 5 years — Café 東京!')).toEqual([
      'c',
      'node',
      'js',
      '5',
      'years',
      'café',
      '東京',
    ]);
    expect(tokenize('  ...  ')).toEqual([]);
  });
});

describe('Bm25IndexBuilder', () => {
  it('builds, a document at a time, the same index as buildBm25Index', () => {
    const docs = ['a b a', 'b c', ''];
    const builder = new Bm25IndexBuilder();
    docs.forEach((doc) => builder.add(doc));
    const index = builder.finish();
    expect(index).toEqual(buildBm25Index(docs));
    expect(index.docCount).toBe(3);
    expect(index.averageLength).toBeCloseTo(5 / 3, 12);
    expect(index.postings.get('a')).toEqual({ docs: [0], counts: [2] });
    expect(index.postings.get('b')).toEqual({ docs: [0, 1], counts: [1, 1] });
  });
});

describe('idf', () => {
  it('is larger for rarer words and stays positive for a word in every document', () => {
    expect(idf(10, 1)).toBeGreaterThan(idf(10, 5));
    expect(idf(10, 10)).toBeGreaterThan(0);
    expect(idf(3, 1)).toBeCloseTo(Math.log(1 + 2.5 / 1.5), 12);
  });
});

describe('bm25Scores', () => {
  const docs = ['python developer python', 'nurse on the night shift', 'python', 'java developer'];
  const index = buildBm25Index(docs);

  it('matches a hand computation', () => {
    // "python": df = 2 of 4 docs; lengths 3, 5, 1, 2 → average 2.75.
    const weight = Math.log(1 + (4 - 2 + 0.5) / (2 + 0.5));
    const doc0 = (weight * 2 * 2.2) / (2 + 1.2 * (0.25 + (0.75 * 3) / 2.75));
    const doc2 = (weight * 1 * 2.2) / (1 + 1.2 * (0.25 + (0.75 * 1) / 2.75));
    const scores = bm25Scores(index, 'Python');
    expect(scores[0]).toBeCloseTo(doc0, 12);
    expect(scores[2]).toBeCloseTo(doc2, 12);
    expect([scores[1], scores[3]]).toEqual([0, 0]);
  });

  it('adds up distinct query words, counting a repeated query word once', () => {
    const python = bm25Scores(index, 'python');
    const developer = bm25Scores(index, 'developer');
    const both = bm25Scores(index, 'python developer python');
    both.forEach((score, doc) => expect(score).toBeCloseTo(python[doc] + developer[doc], 12));
  });

  it('gives a shorter document with the same word count a higher score', () => {
    const scores = bm25Scores(buildBm25Index(['nurse', 'nurse with many other words here']), 'nurse');
    expect(scores[0]).toBeGreaterThan(scores[1]);
  });

  it('scores zero for unknown words, an empty query and an empty corpus', () => {
    expect(Array.from(bm25Scores(index, 'astronaut'))).toEqual([0, 0, 0, 0]);
    expect(Array.from(bm25Scores(index, ''))).toEqual([0, 0, 0, 0]);
    expect(bm25Scores(buildBm25Index([]), 'python')).toHaveLength(0);
  });
});
