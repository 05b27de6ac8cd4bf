import { textLines } from '../../components/textLines';

export const MAX_SENTENCES = 8;

/** Two clear pairs and one odd one out. */
export const DEFAULT_SENTENCES = [
  'The cat is asleep on the sofa.',
  'A kitten naps on the couch.',
  'Share prices fell sharply today.',
  'The stock market dropped this afternoon.',
  'I am learning to play the guitar.',
].join('\n');

/** Non-empty lines, trimmed, at most MAX_SENTENCES. */
export function sentenceLines(text: string): { sentences: string[]; dropped: number } {
  const lines = textLines(text);
  return { sentences: lines.slice(0, MAX_SENTENCES), dropped: Math.max(0, lines.length - MAX_SENTENCES) };
}
