/**
 * all-MiniLM-L6-v2 was trained with max_seq_length 256. sentence-transformers cuts the word
 * pieces so that `[CLS] … [SEP]` fits in 256, keeping the closing [SEP]. (The transformers.js
 * pipeline cuts at the tokenizer's 512 instead, so we do it ourselves.)
 */
export const MAX_TOKENS = 256;

/** `ids` includes [CLS] first and [SEP] last; the result keeps both and at most `maxTokens` ids. */
export function truncateTokenIds(ids: readonly number[], maxTokens: number = MAX_TOKENS): number[] {
  if (ids.length <= maxTokens) return [...ids];
  const sep = ids[ids.length - 1];
  return [...ids.slice(0, maxTokens - 1), sep];
}

/** What the stock transformers.js `feature-extraction` pipeline reads: the tokenizer's 512 pieces. */
export const STOCK_PIPELINE_MAX_TOKENS = 512;

/**
 * How the stock pipeline treats a text of `fullCount` pieces ([CLS] and [SEP] included): it reads up
 * to 512 and, when it cuts, the last piece it reads is text, not the closing [SEP].
 */
export function stockPipelineReading(fullCount: number): { pieces: number; closingSep: boolean } {
  return fullCount <= STOCK_PIPELINE_MAX_TOKENS
    ? { pieces: fullCount, closingSep: true }
    : { pieces: STOCK_PIPELINE_MAX_TOKENS, closingSep: false };
}

/**
 * Where the model stops reading `text`: the character offset just after the last whitespace-separated
 * word whose pieces all fit in `maxTokens` (with [CLS] and [SEP]); `text.length` when nothing is cut.
 * `countPieces` is the tokenizer's piece count with [CLS] and [SEP]. A word's pieces never depend on
 * the words after it, so the count grows with the prefix and a binary search over word ends finds
 * the cut in about log2(words) tokenizer calls.
 */
export function truncationCut(
  text: string,
  countPieces: (text: string) => number,
  maxTokens: number = MAX_TOKENS,
): number {
  if (countPieces(text) <= maxTokens) return text.length;
  const wordEnds = Array.from(text.matchAll(/\S+/g), (match) => match.index + match[0].length);
  let fits = -1; // an empty prefix always fits
  let tooLong = wordEnds.length - 1; // the whole text does not
  while (tooLong - fits > 1) {
    const mid = (fits + tooLong) >> 1;
    if (countPieces(text.slice(0, wordEnds[mid])) <= maxTokens) fits = mid;
    else tooLong = mid;
  }
  return fits < 0 ? 0 : wordEnds[fits];
}
