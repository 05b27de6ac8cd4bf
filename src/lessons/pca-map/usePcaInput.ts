/**
 * The PCA map's only tie to the listings module (src/features/listings): which listings are
 * embedded, with their vectors. Everything else on the page takes plain props.
 */
import { useMemo } from 'react';
import { useEngineStore } from '../../state/engineStore';
import {
  embeddedPositions,
  embeddedVectors,
  listings,
  rowsToEmbed,
  useComparableVectors,
  useDatasetBootstrap,
  useListingsStore,
} from '../../features/listings';
import type { MapRow } from './mapRow';

/** PCA of fewer rows says nothing useful (and two rows have a single direction). */
export const MIN_ROWS = 3;

export type PcaData =
  | { state: 'loading' }
  | { state: 'needs-embedding'; rowsToEmbed: number; embedded: number; canStart: boolean; start: () => void }
  /** Vectors exist, but a query from the running model must not be placed among them. */
  | { state: 'other-model'; message: string }
  | { state: 'embedding'; done: number; total: number }
  /** `vectors`: row-major [rows.length, dims], one row per embedded listing, in listing order. */
  | { state: 'ready'; rows: MapRow[]; vectors: Float32Array; dims: number; source: string };

export interface PcaInput {
  data: PcaData;
  query: string;
  setQuery: (query: string) => void;
}

const start = () => void listings.startEmbedding();

export function usePcaInput(): PcaInput {
  // Same bootstrap as the search page: the bundled dataset, and `?rows=N` embeds N rows at once.
  useDatasetBootstrap();
  const dataset = useListingsStore((s) => s.dataset);
  const job = useListingsStore((s) => s.job);
  const wanted = useListingsStore(rowsToEmbed);
  const engineReady = useEngineStore((s) => s.status.phase === 'ready');
  const query = useListingsStore((s) => s.query);
  // The one provenance rule: the map places the running model's query among these vectors.
  const comparable = useComparableVectors();
  const vectors = comparable.ok ? comparable.vectors : undefined;

  const embedded = useMemo(() => {
    if (!dataset || !vectors || job.phase === 'running') return undefined;
    const positions = embeddedPositions(vectors);
    const rows = positions.map((i) => dataset.listings[i]);
    const { modelId, dtype } = vectors.provenance;
    const origin = vectors.precomputedFrom
      ? `precomputed ahead of time (${vectors.precomputedFrom})`
      : 'embedded in this browser';
    return {
      rows,
      vectors: embeddedVectors(vectors, positions),
      dims: vectors.dims,
      source: `${rows.length} listings, ${origin} with ${modelId} (${dtype}).`,
    };
  }, [dataset, vectors, job.phase]);

  let data: PcaData;
  if (!dataset) data = { state: 'loading' };
  else if (job.phase === 'running')
    data = { state: 'embedding', done: job.fromCache + job.embedded, total: job.total };
  else if (!comparable.ok && comparable.reason === 'provenance')
    data = { state: 'other-model', message: comparable.message };
  else if (embedded && embedded.rows.length >= MIN_ROWS) data = { state: 'ready', ...embedded };
  else
    data = {
      state: 'needs-embedding',
      rowsToEmbed: wanted,
      embedded: embedded?.rows.length ?? 0,
      canStart: engineReady && wanted >= MIN_ROWS,
      start,
    };
  return { data, query, setQuery: listings.setQuery };
}
