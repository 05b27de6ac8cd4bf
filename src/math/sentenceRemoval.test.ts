import { describe, expect, it } from 'vitest';
import { mostImportant, sentenceRemovalScores, splitSentences, textWithout } from './sentenceRemoval';

const text = 'We need a nurse.  Night shifts on the ward!\nFree parking. Apply now?';

describe('splitSentences', () => {
  it('splits at . ! ? and line breaks, spans without the white space between', () => {
    const spans = splitSentences(text);
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual([
      'We need a nurse.',
      'Night shifts on the ward!',
      'Free parking.',
      'Apply now?',
    ]);
  });

  it('keeps decimals and versions inside a sentence, and a last sentence without a full stop', () => {
    const spans = splitSentences('Python 3.12 and Node.js required. Salary 3.5k per month');
    expect(spans).toHaveLength(2);
  });

  it('finds nothing in white space', () => expect(splitSentences(' \n\t ')).toEqual([]));
});

describe('textWithout', () => {
  it('drops one sentence and keeps the others in order', () => {
    const spans = splitSentences(text);
    expect(textWithout(text, spans, 1)).toBe('We need a nurse. \nFree parking. Apply now?');
    expect(textWithout(text, spans, 0)).toBe('Night shifts on the ward!\nFree parking. Apply now?');
  });
});

/** A fake model: unit bag-of-words vectors over a small vocabulary, so every cosine is known. */
const VOCABULARY = ['nurse', 'night', 'ward', 'parking', 'apply'];
function bagOfWords(value: string): number[] {
  const words = value.toLowerCase().match(/[a-z]+/g) ?? [];
  const counts = VOCABULARY.map((word) => words.filter((w) => w === word).length);
  const length = Math.hypot(...counts) || 1;
  return counts.map((c) => c / length);
}

describe('sentenceRemovalScores', () => {
  it('scores each sentence by how much the cosine drops without it, in one batched embed call', async () => {
    const calls: string[][] = [];
    const embed = async (texts: string[]) => {
      calls.push(texts);
      return Float32Array.from(texts.flatMap(bagOfWords));
    };
    const query = Float32Array.from(bagOfWords('nurse night'));
    const scores = await sentenceRemovalScores(text, query, embed);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toHaveLength(5); // the whole text and four leave-one-out variants
    // Whole text: nurse, night, ward, parking, apply once each → cosine with (1,1,0,0,0)/√2 = 2/√10.
    const full = 2 / Math.sqrt(10);
    expect(scores.full).toBeCloseTo(full, 6);
    // Without "nurse": (0,1,1,1,1)/2 → 1/(2√2); without "night … ward": (1,0,0,1,1)/√3 → 1/√6;
    // without "parking" or "apply": two query words left of four → 2/(2√2).
    const expected = [1 / (2 * Math.SQRT2), 1 / Math.sqrt(6), 1 / Math.SQRT2, 1 / Math.SQRT2].map(
      (without) => full - without,
    );
    scores.drops.forEach((drop, i) => expect(drop).toBeCloseTo(expected[i], 6));
    expect(mostImportant(scores.drops)).toEqual([0, 1]); // drops 0.279 and 0.224
  });
});

describe('mostImportant', () => {
  it('takes the largest positive drops only', () => {
    expect(mostImportant([0.01, -0.2, 0.3, 0], 3)).toEqual([2, 0]);
    expect(mostImportant([-0.1, -0.2])).toEqual([]);
  });
});
