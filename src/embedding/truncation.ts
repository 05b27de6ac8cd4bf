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
