import type { AnalogyWords } from './presets';

export const MAX_CANDIDATES = 200;

const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();

/**
 * The words D is ranked among: D first, then the listed words (one per line, trimmed, distinct
 * ignoring case, at most MAX_CANDIDATES). D's place in the list does not matter: only ties could
 * depend on it, and distinct words practically never tie.
 */
export function candidateWords(text: string, d: string): string[] {
  const words = [d];
  for (const line of text.split('\n')) {
    const word = line.trim();
    if (words.length > MAX_CANDIDATES) break;
    if (word && !words.some((w) => same(w, word))) words.push(word);
  }
  return words;
}

/** Indices of candidates equal to A, B or C (ignoring case), left out of the ranking as usual for analogies. D (index 0) always stays. */
export function excludedCandidates(candidates: readonly string[], { a, b, c }: AnalogyWords): number[] {
  return candidates.flatMap((w, i) => (i > 0 && [a, b, c].some((q) => same(q, w)) ? [i] : []));
}
