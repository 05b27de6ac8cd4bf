/** Questions the pages ask of the listings state. Pure functions of the state. */
import { gatherRows } from '../../math/nearest';
import { compareModels, type ModelProvenance } from './provenance';
import type { ListingVectors, ListingsState } from './types';

/** As many listings as the workshop notebook embedded (N_JOBS = 500). */
export const DEFAULT_ROWS_TO_EMBED = 500;

export function rowsToEmbed(state: Pick<ListingsState, 'dataset' | 'rowsRequested'>): number {
  return Math.min(state.rowsRequested, state.dataset?.listings.length ?? 0);
}

/** How many of the loaded dataset's rows have precomputed vectors in use (0: none, or this browser's own). */
export function precomputedRowsInUse(state: Pick<ListingsState, 'dataset' | 'vectors'>): number {
  const { vectors, dataset } = state;
  return vectors?.precomputedFrom && vectors.provenance.datasetId === dataset?.id ? vectors.rowCount : 0;
}

export type ComparableVectors =
  | { ok: true; vectors: ListingVectors }
  /** Nothing embedded for this dataset yet. */
  | { ok: false; reason: 'none' }
  /** Vectors exist but another model or precision made them: the page says why and offers to re-embed. */
  | { ok: false; reason: 'provenance'; message: string };

/**
 * The one provenance rule: may the loaded dataset's vectors be compared with a vector that `model`
 * makes now (a query)? Without a model (none loaded yet, or an export) only the dataset must match.
 * Search, the map and the exports all ask this, so no page ever mixes vectors of different origins.
 */
export function comparableVectors(
  state: Pick<ListingsState, 'dataset' | 'vectors'>,
  model: ModelProvenance | undefined,
): ComparableVectors {
  const { vectors, dataset } = state;
  if (!vectors || !dataset || vectors.provenance.datasetId !== dataset.id || vectors.embeddedCount === 0)
    return { ok: false, reason: 'none' };
  const comparison = model ? compareModels(vectors.provenance, model) : { ok: true as const };
  return comparison.ok
    ? { ok: true, vectors }
    : { ok: false, reason: 'provenance', message: comparison.reason };
}

/** Positions of the listings that have a vector, in listing order (a cancelled job leaves gaps). */
export function embeddedPositions(vectors: ListingVectors): number[] {
  const positions: number[] = [];
  vectors.embedded.forEach((flag, i) => flag && positions.push(i));
  return positions;
}

/** Those listings' vectors, row-major [positions.length, dims]: the store's own array when there are no gaps. */
export function embeddedVectors(vectors: ListingVectors, positions: readonly number[]): Float32Array {
  return positions.length === vectors.rowCount
    ? vectors.vectors
    : gatherRows(vectors.vectors, vectors.dims, positions);
}
