/** The cut marker against the real tokenizer of the `tiny-bert` fixture (needs `npm run fixtures`). */
import path from 'node:path';
import { AutoTokenizer, env, type PreTrainedTokenizer } from '@huggingface/transformers';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOKENS, stockPipelineReading, truncateTokenIds, truncationCut } from './truncation';

let tokenizer: PreTrainedTokenizer;
const count = (text: string) => tokenizer.encode(text).length;

beforeAll(async () => {
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.localModelPath = `${path.resolve(import.meta.dirname, '../../fixtures/models')}/`;
  tokenizer = await AutoTokenizer.from_pretrained('tiny-bert');
});

/** Multi-piece words, punctuation, accents and line breaks, so words and pieces differ. */
function listing(words: number): string {
  const vocabulary = ['Data', 'scientist,', 'Zürich', 'unbelievably', 'python/sql', 'the', 'team.', '🙂'];
  return Array.from({ length: words }, (_, i) => vocabulary[(i * 5 + (i >> 3)) % vocabulary.length])
    .map((word, i) => (i % 11 === 10 ? `${word}\n` : `${word} `))
    .join('')
    .trim();
}

describe('truncationCut against the fixture tokenizer', () => {
  it('leaves a short text whole', () => {
    const text = listing(20);
    expect(count(text)).toBeLessThan(MAX_TOKENS);
    expect(truncationCut(text, count)).toBe(text.length);
  });

  it('puts the marker after the last word the model reads in full', () => {
    const text = listing(400);
    expect(count(text)).toBeGreaterThan(MAX_TOKENS);
    const cut = truncationCut(text, count);
    const kept = text.slice(0, cut);
    const nextWord = /^\s*\S+/.exec(text.slice(cut))![0];
    // Everything before the marker fits; one more word does not.
    expect(count(kept)).toBeLessThanOrEqual(MAX_TOKENS);
    expect(count(kept + nextWord)).toBeGreaterThan(MAX_TOKENS);
    expect(text[cut]).toMatch(/\s/);
    // And the kept words are exactly the start of what the model reads: same ids, minus [SEP].
    const read = truncateTokenIds(tokenizer.encode(text));
    const keptIds = tokenizer.encode(kept);
    expect(read.slice(0, keptIds.length - 1)).toEqual(keptIds.slice(0, -1));
  });

  it('counts single-piece words exactly: 254 words and [CLS], [SEP] make 256', () => {
    const words = Array.from({ length: 300 }, (_, i) => ['data', 'python', 'team'][i % 3]);
    const text = words.join(' ');
    expect(count('data python team')).toBe(5);
    expect(truncationCut(text, count)).toBe(words.slice(0, MAX_TOKENS - 2).join(' ').length);
  });
});

describe('stockPipelineReading', () => {
  it('reads up to 512 pieces and loses the closing [SEP] when it cuts', () => {
    expect(stockPipelineReading(300)).toEqual({ pieces: 300, closingSep: true });
    expect(stockPipelineReading(512)).toEqual({ pieces: 512, closingSep: true });
    expect(stockPipelineReading(700)).toEqual({ pieces: 512, closingSep: false });
  });
});
