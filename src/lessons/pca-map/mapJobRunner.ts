/**
 * What mapJobs.worker.ts does for each job, as plain TypeScript (tested in Node): unit-length copies
 * of the vectors, then the pure functions of src/math. Returns the result and the buffers to transfer.
 */
import { scoreClusterCounts } from '../../math/clusterCount';
import { kMeans } from '../../math/kmeans';
import { unitRowsCopy } from '../../math/nearest';
import { allNearestByCosine, allNearestOnMap } from '../../math/neighbourLists';
import { mean, recallPerPoint } from '../../math/neighbourPreservation';
import { fitPca, projectRows } from '../../math/pca';
import { sampleIndices } from '../../math/random';
import { componentCounts, recallByComponents } from '../../math/recallCurve';
import { computeUmap } from '../../math/umap';
import type { MapJob, MapJobKind, MapJobProgress, MapJobResults } from './mapJobsProtocol';

/** Above this many rows the recall curve averages over a seeded sample of query points. */
export const CURVE_ALL_POINTS_UP_TO = 5000;
export const CURVE_SAMPLE = 2000;
export const CURVE_SEED = 20240601;

/** Progress of a job with a single phase, with an ETA from the rate so far. */
function phaseReporter(phase: string, onProgress: (progress: MapJobProgress) => void) {
  const started = performance.now();
  return (done: number, total: number) => {
    const elapsedMs = performance.now() - started;
    const share = total ? done / total : 0;
    onProgress({
      phase,
      done,
      total,
      elapsedMs,
      etaMs: share > 0.02 ? (elapsedMs * (1 - share)) / share : null,
    });
  };
}

export function performMapJob(
  job: MapJob,
  onProgress: (progress: MapJobProgress) => void,
): { result: MapJobResults[MapJobKind]; transfer: Transferable[] } {
  switch (job.kind) {
    case 'umap': {
      const result = computeUmap(unitRowsCopy(job.vectors, job.dims), job.dims, job.options, onProgress);
      return { result, transfer: [result.coords.buffer] };
    }
    case 'neighbours': {
      const unit = unitRowsCopy(job.vectors, job.dims);
      const result = allNearestByCosine(unit, job.dims, job.k, phaseReporter('neighbours', onProgress));
      return { result, transfer: [result.indices.buffer, result.scores.buffer] };
    }
    case 'recall': {
      const { k, indices } = job.fullNeighbours;
      const mapNeighbours = allNearestOnMap(job.coords, k);
      const perPoint = recallPerPoint(indices, mapNeighbours, k);
      const result = { perPoint, mean: mean(perPoint), k, mapNeighbours };
      return { result, transfer: [perPoint.buffer, mapNeighbours.buffer] };
    }
    case 'recall-curve': {
      const unit = unitRowsCopy(job.vectors, job.dims);
      const n = unit.length / job.dims;
      const report = phaseReporter('pca', onProgress);
      report(0, 1);
      const kept = Math.min(job.maxComponents, job.dims, n);
      const pcaCoords = projectRows(unit, fitPca(unit, job.dims, kept), kept);
      const queries = n > CURVE_ALL_POINTS_UP_TO ? sampleIndices(n, CURVE_SAMPLE, CURVE_SEED) : undefined;
      const { k, indices } = job.fullNeighbours;
      const result = recallByComponents(
        pcaCoords,
        kept,
        indices,
        k,
        componentCounts(kept),
        queries,
        phaseReporter('components', onProgress),
      );
      return { result, transfer: [result.recall.buffer] };
    }
    case 'kmeans': {
      const unit = unitRowsCopy(job.vectors, job.dims);
      const result = kMeans(unit, job.dims, job.k, { seed: job.seed, restarts: job.restarts });
      return { result, transfer: [result.assignments.buffer, result.centres.buffer] };
    }
    case 'cluster-counts': {
      const unit = unitRowsCopy(job.vectors, job.dims);
      const options = { seed: job.seed, restarts: job.restarts };
      const result = scoreClusterCounts(unit, job.dims, job.ks, options, phaseReporter('k', onProgress));
      return { result, transfer: [] };
    }
  }
}
