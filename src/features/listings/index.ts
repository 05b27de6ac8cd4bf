/**
 * The job listings: datasets, embedding jobs, the vector cache and precomputed vectors. Lessons
 * import only from here. `listings` holds the actions; `useListingsStore` mirrors its state.
 */
export { listings, runningModel, useListingsStore, precomputedSource } from './store';
export { useDatasetBootstrap } from './useDatasetBootstrap';
export { ProvenanceNotice } from './ProvenanceNotice';
export { usePrecomputedOffer, type PrecomputedOffer } from './usePrecomputedOffer';
export { useComparableVectors, useRunningModel } from './useComparableVectors';
export {
  DEFAULT_ROWS_TO_EMBED,
  comparableVectors,
  embeddedPositions,
  embeddedVectors,
  precomputedRowsInUse,
  rowsToEmbed,
  type ComparableVectors,
} from './selectors';
export { compareModels, describeModel, type ModelProvenance, type VectorProvenance } from './provenance';
export type {
  Dataset,
  EmbedJobStatus,
  Listing,
  ListingVectors,
  ListingsState,
  LoadStatus,
  PrecomputedVectors,
} from './types';
