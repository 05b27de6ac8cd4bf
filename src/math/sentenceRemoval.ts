/**
 * "Why is this a match?": remove each sentence of a listing in turn, embed what is left, and see how
 * much the cosine with the query drops. A big drop means the sentence carried the match.
 */
import { dot } from './vector';

export interface Span {
  start: number;
  end: number;
}

/** More sentences than this are not tried one by one (each costs one embedding). */
export const MAX_SENTENCES = 40;

/**
 * Sentences as character spans: text up to and including . ! ? (followed by white space) or a line
 * break. Spans skip the white space between sentences; text outside every span is only white space.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(/[^\n]*?(?:[.!?]+(?=\s|$)|\n|$)/g)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    const start = match.index + leading;
    spans.push({ start, end: start + body.length });
  }
  return spans;
}

/** The text with sentence `skip` left out; the other sentences keep their order and spacing. */
export function textWithout(text: string, spans: readonly Span[], skip: number): string {
  const { start, end } = spans[skip];
  return (text.slice(0, start) + text.slice(end)).replace(/[ \t]{2,}/g, ' ').trim();
}

export interface SentenceScores {
  spans: Span[];
  /** Cosine of the whole text with the query. */
  full: number;
  /** full − cosine without sentence i, per sentence: positive when the sentence helped the match. */
  drops: number[];
}

/**
 * Embeds the full text and each leave-one-out variant in one batched call (`embed` returns unit
 * vectors, row-major) and scores every sentence. The query must be unit length too.
 */
export async function sentenceRemovalScores(
  text: string,
  query: Float32Array,
  embed: (texts: string[]) => Promise<Float32Array>,
): Promise<SentenceScores> {
  const spans = splitSentences(text).slice(0, MAX_SENTENCES);
  const variants = [text, ...spans.map((_, i) => textWithout(text, spans, i))];
  const vectors = await embed(variants);
  const dims = query.length;
  const cosine = (row: number) => dot(vectors.subarray(row * dims, (row + 1) * dims), query);
  const full = cosine(0);
  return { spans, full, drops: spans.map((_, i) => full - cosine(i + 1)) };
}

/** Positions of the sentences whose removal costs the most, at most `count`, only real drops. */
export function mostImportant(drops: readonly number[], count = 2): number[] {
  return drops
    .map((drop, i) => ({ drop, i }))
    .filter(({ drop }) => drop > 0)
    .sort((a, b) => b.drop - a.drop)
    .slice(0, count)
    .map(({ i }) => i);
}
