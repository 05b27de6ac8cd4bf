import { useMemo } from 'react';
import { embeddedPositions, useComparableVectors, useListingsStore } from '../features/listings';
import { randomPairCosines, sameTitlePairCosines } from '../math/pairBaseline';

/** Enough pairs for a percentile to be stable to about ±0.5 points. */
const RANDOM_PAIRS = 20000;

export interface CosineBaseline {
  /** Cosines of random pairs of loaded listings, ascending. */
  random: Float64Array;
  /** Cosines of pairs of listings with the same title, ascending (empty without titles). */
  sameTitle: Float64Array;
  /** How many listings the pairs come from. */
  rows: number;
}

/**
 * Reference cosines from the loaded listings' vectors, when the running model may be compared with
 * them. Absent while a job is still embedding (the sample would change with every batch) or with
 * fewer than 2 rows.
 */
export function useCosineBaseline(): CosineBaseline | undefined {
  const dataset = useListingsStore((s) => s.dataset);
  const running = useListingsStore((s) => s.job.phase === 'running');
  const comparable = useComparableVectors();
  const vectors = comparable.ok ? comparable.vectors : undefined;
  return useMemo(() => {
    if (running || !dataset || !vectors || vectors.embeddedCount < 2) return undefined;
    const data = { vectors: vectors.vectors, dims: vectors.dims, rows: embeddedPositions(vectors) };
    return {
      random: randomPairCosines(data, RANDOM_PAIRS),
      sameTitle: sameTitlePairCosines(
        data,
        dataset.listings.map((listing) => listing.title),
      ),
      rows: data.rows.length,
    };
  }, [running, vectors, dataset]);
}
