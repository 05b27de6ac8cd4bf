/**
 * BM25 (Okapi), the classic keyword ranking of search engines: a document scores for each query
 * word it contains, more for rare words (IDF) and for repeats (TF), with diminishing returns
 * (k1) and a discount for long documents (b). It sees words only, never meaning.
 */

export interface Bm25Params {
  /** How quickly repeats of a word stop adding score. */
  k1: number;
  /** 0: length ignored; 1: fully normalised by document length. */
  b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.75 };

export interface Bm25Index {
  docCount: number;
  averageLength: number;
  lengths: Uint32Array;
  /** term → documents containing it, with how often. */
  postings: Map<string, { docs: number[]; counts: number[] }>;
}

/** Lower-cased runs of letters and digits in any script ("C++ / Node.js" → c, node, js). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Builds an index one document at a time, so a page can spread a big corpus over several tasks. */
export class Bm25IndexBuilder {
  private readonly postings: Bm25Index['postings'] = new Map();
  private readonly lengths: number[] = [];

  add(document: string): void {
    const doc = this.lengths.length;
    const terms = tokenize(document);
    this.lengths.push(terms.length);
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, count] of counts) {
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = { docs: [], counts: [] }));
      posting.docs.push(doc);
      posting.counts.push(count);
    }
  }

  finish(): Bm25Index {
    const docCount = this.lengths.length;
    const total = this.lengths.reduce((sum, length) => sum + length, 0);
    return {
      docCount,
      averageLength: docCount ? total / docCount : 0,
      lengths: Uint32Array.from(this.lengths),
      postings: this.postings,
    };
  }
}

export function buildBm25Index(documents: readonly string[]): Bm25Index {
  const builder = new Bm25IndexBuilder();
  for (const document of documents) builder.add(document);
  return builder.finish();
}

/** Lucene's IDF, ln(1 + (N − df + 0.5) / (df + 0.5)): always positive, larger for rarer words. */
export function idf(docCount: number, docFrequency: number): number {
  return Math.log(1 + (docCount - docFrequency + 0.5) / (docFrequency + 0.5));
}

/** One score per document; each distinct query word counts once. 0 means no query word occurs. */
export function bm25Scores(index: Bm25Index, query: string, params: Bm25Params = DEFAULT_BM25): Float64Array {
  const scores = new Float64Array(index.docCount);
  const { k1, b } = params;
  for (const term of new Set(tokenize(query))) {
    const posting = index.postings.get(term);
    if (!posting) continue;
    const weight = idf(index.docCount, posting.docs.length);
    posting.docs.forEach((doc, i) => {
      const tf = posting.counts[i];
      const lengthNorm = index.averageLength > 0 ? 1 - b + (b * index.lengths[doc]) / index.averageLength : 1;
      scores[doc] += (weight * tf * (k1 + 1)) / (tf + k1 * lengthNorm);
    });
  }
  return scores;
}
