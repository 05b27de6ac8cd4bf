import { useEffect, useMemo, useState } from 'react';
import type { Listing } from '../../data/listings';
import { Bm25IndexBuilder, bm25Scores, type Bm25Index } from '../../math/bm25';
import { cosineWithRows } from '../../math/rowCosines';
import { topK } from '../../math/topK';
import { embeddedPositions, type ListingVectors } from '../../features/listings';

export interface Hit {
  /** Position in the dataset's listings. */
  position: number;
  score: number;
}

/** Positions of the rows that have a vector, in listing order. */
export function useEmbeddedPositions(vectors: ListingVectors | undefined): number[] {
  return useMemo(() => (vectors ? embeddedPositions(vectors) : []), [vectors]);
}

/** `similarities` of the notebook: the query's cosine with every embedded row, in `positions` order. */
export function useSimilarities(
  vectors: ListingVectors | undefined,
  positions: number[],
  query: Float32Array | undefined,
) {
  return useMemo(
    () => (vectors && query ? cosineWithRows(vectors.vectors, vectors.dims, positions, query) : undefined),
    [vectors, positions, query],
  );
}

export function topHits(positions: readonly number[], scores: ArrayLike<number>, k: number): Hit[] {
  return topK(scores, k, (score) => score).map((j) => ({ position: positions[j], score: scores[j] }));
}

/** Documents indexed per task: a few ms each, so typing stays smooth even for thousands of rows. */
const INDEX_SLICE = 100;

/** The BM25 index of the first `rowCount` listings, built in slices once `wanted` (a query exists). */
function useKeywordIndex(
  listings: readonly Listing[] | undefined,
  rowCount: number,
  wanted: boolean,
): Bm25Index | undefined {
  const [built, setBuilt] = useState<{ listings: readonly Listing[]; rowCount: number; index: Bm25Index }>();
  const current =
    built && built.listings === listings && built.rowCount === rowCount ? built.index : undefined;
  useEffect(() => {
    if (!wanted || !listings || current) return;
    let stopped = false;
    const builder = new Bm25IndexBuilder();
    let next = 0;
    const slice = () => {
      if (stopped) return;
      for (const end = Math.min(rowCount, next + INDEX_SLICE); next < end; next++)
        builder.add(listings[next].text);
      if (next < rowCount) setTimeout(slice, 0);
      else setBuilt({ listings, rowCount, index: builder.finish() });
    };
    setTimeout(slice, 0);
    return () => {
      stopped = true;
    };
  }, [wanted, listings, rowCount, current]);
  return current;
}

/**
 * BM25 over the same rows the embeddings cover (the first `rowCount` listings), ranked among the
 * embedded ones so both lists compete on equal terms. `indexing` while the word index is built.
 */
export function useKeywordHits(
  listings: readonly Listing[] | undefined,
  rowCount: number,
  positions: readonly number[],
  query: string,
  k: number,
): { hits: Hit[]; indexing: boolean } {
  const hasQuery = query.trim() !== '';
  const index = useKeywordIndex(listings, rowCount, hasQuery);
  const scores = useMemo(
    () => (index && hasQuery ? bm25Scores(index, query) : undefined),
    [index, query, hasQuery],
  );
  const hits = useMemo(() => {
    if (!scores) return [];
    const candidates = positions.filter((p) => scores[p] > 0); // a listing without any query word is no keyword hit
    return topHits(
      candidates,
      candidates.map((p) => scores[p]),
      k,
    );
  }, [scores, positions, k]);
  return { hits, indexing: hasQuery && !index };
}
