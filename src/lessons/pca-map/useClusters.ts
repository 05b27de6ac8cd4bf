import { useEffect, useMemo, useState } from 'react';
import type { ClusterCountChoice } from '../../math/clusterCount';
import { clusterTitleSummary, clusterTopTerms } from '../../math/clusterLabels';
import { runMapJob } from './mapJobsClient';
import { errorText, isAbort } from './umapRun';

const CLUSTER_SEED = 20240607;
/** Candidate k: at most as many clusters as the palette has colours. */
export const MAX_K = 9;

export interface Clusters {
  k: number;
  assignments: Int32Array;
  /** Per cluster: its top c-TF-IDF words, joined by spaces. */
  labels: string[];
  summary: ReturnType<typeof clusterTitleSummary>;
}

/**
 * k-means of the listings' vectors in a worker: first the scores for k = 2..MAX_K (and the
 * suggested k, used until the reader picks one), then the clusters for the chosen k, named by
 * their words (c-TF-IDF over title and description).
 */
export function useClusters(
  vectors: Float32Array,
  dims: number,
  titles: readonly string[],
  texts: readonly string[],
) {
  const rows = titles.length;
  const [choice, setChoice] = useState<ClusterCountChoice | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const [result, setResult] = useState<{ k: number; assignments: Int32Array } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ks = useMemo(() => Array.from({ length: Math.min(MAX_K, rows - 1) - 1 }, (_, i) => i + 2), [rows]);
  useEffect(() => {
    const controller = new AbortController();
    runMapJob(
      { kind: 'cluster-counts', vectors, dims, ks, seed: CLUSTER_SEED },
      { signal: controller.signal },
    )
      .then(setChoice)
      .catch((e: unknown) => !isAbort(e) && setError(errorText(e)));
    return () => controller.abort();
  }, [vectors, dims, ks]);
  const k = picked ?? choice?.suggested ?? null;
  useEffect(() => {
    if (k === null) return;
    const controller = new AbortController();
    runMapJob({ kind: 'kmeans', vectors, dims, k, seed: CLUSTER_SEED }, { signal: controller.signal })
      .then(({ assignments }) => setResult({ k, assignments }))
      .catch((e: unknown) => !isAbort(e) && setError(errorText(e)));
    return () => controller.abort();
  }, [vectors, dims, k]);
  const clusters = useMemo<Clusters | null>(() => {
    if (!result) return null;
    const terms = clusterTopTerms(texts, result.assignments, result.k);
    return {
      ...result,
      labels: terms.map((words) => words.map((w) => w.term).join(' ')),
      summary: clusterTitleSummary(titles, result.assignments, result.k),
    };
  }, [result, texts, titles]);
  return {
    k,
    setK: setPicked,
    choice,
    clusters,
    busy: k !== null && result?.k !== k,
    error,
    maxK: ks.at(-1) ?? 2,
  };
}
