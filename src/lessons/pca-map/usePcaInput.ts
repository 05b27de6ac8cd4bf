/**
 * The PCA map's only tie to the shared listings store (src/state/listingsStore.ts): which
 * listings are embedded, with their vectors. Everything else on the page takes plain props.
 */
import { useMemo } from 'react';
import { useEngineStore } from '../../state/engineStore';
import { embeddedPositions, embeddedVectors, rowsToEmbed, useListingsStore } from '../../state/listingsStore';
import { useDatasetBootstrap } from '../../hooks/useDatasetBootstrap';
import type { MapRow } from './mapRow';

/** PCA of fewer rows says nothing useful (and two rows have a single direction). */
export const MIN_ROWS = 3;

export type PcaData =
  | { state: 'loading' }
  | { state: 'needs-embedding'; rowsToEmbed: number; embedded: number; canStart: boolean; start: () => void }
  | { state: 'embedding'; done: number; total: number }
  /** `vectors`: row-major [rows.length, dims], one row per embedded listing, in listing order. */
  | { state: 'ready'; rows: MapRow[]; vectors: Float32Array; dims: number; source: string };

export interface PcaInput {
  data: PcaData;
  query: string;
  setQuery: (query: string) => void;
}

export function usePcaInput(): PcaInput {
  // Same bootstrap as the search page: the bundled dataset, and `?rows=N` embeds N rows at once.
  useDatasetBootstrap();
  const dataset = useListingsStore((s) => s.dataset);
  const vectors = useListingsStore((s) => s.vectors);
  const job = useListingsStore((s) => s.job);
  const wanted = useListingsStore(rowsToEmbed);
  const start = useListingsStore((s) => s.startEmbedding);
  const engineReady = useEngineStore((s) => s.status.phase === 'ready');
  const query = useListingsStore((s) => s.query);
  const setQuery = useListingsStore((s) => s.setQuery);

  const embedded = useMemo(() => {
    if (!dataset || !vectors || vectors.datasetId !== dataset.id || job.phase === 'running') return undefined;
    const positions = embeddedPositions(vectors);
    const rows = positions.map((i) => dataset.listings[i]);
    const origin = vectors.precomputedFrom
      ? `precomputed ahead of time (${vectors.precomputedFrom})`
      : 'embedded in this browser';
    return {
      rows,
      vectors: embeddedVectors(vectors, positions),
      dims: vectors.dims,
      source: `${rows.length} listings, ${origin} with ${vectors.modelId} (${vectors.dtype}).`,
    };
  }, [dataset, vectors, job.phase]);

  let data: PcaData;
  if (!dataset) data = { state: 'loading' };
  else if (job.phase === 'running')
    data = { state: 'embedding', done: job.fromCache + job.embedded, total: job.total };
  else if (embedded && embedded.rows.length >= MIN_ROWS) data = { state: 'ready', ...embedded };
  else
    data = {
      state: 'needs-embedding',
      rowsToEmbed: wanted,
      embedded: embedded?.rows.length ?? 0,
      canStart: engineReady && wanted >= MIN_ROWS,
      start,
    };
  return { data, query, setQuery };
}
