import { useEffect, useState } from 'react';
import type { Neighbours } from '../../math/nearest';
import type { RecallCurve } from '../../math/recallCurve';
import { runMapJob } from './mapJobsClient';
import type { MapRecall } from './mapJobsProtocol';
import { errorText, isAbort } from './umapRun';

/** The distortion lens compares each point's 10 nearest neighbours. */
export const RECALL_K = 10;
/** The recall curve runs from 2 to this many PCA components. */
const CURVE_MAX_COMPONENTS = 50;

type Outcome<T> = { value: T } | { error: string } | undefined;

/** Runs `job` whenever its inputs change (null: nothing to do yet), keeping the result with its inputs. */
function useJob<T>(job: ((signal: AbortSignal) => Promise<T>) | null, key: unknown): Outcome<T> {
  const [outcome, setOutcome] = useState<{ key: unknown; outcome: Outcome<T> }>();
  useEffect(() => {
    if (!job) return;
    const controller = new AbortController();
    job(controller.signal)
      .then((value) => setOutcome({ key, outcome: { value } }))
      .catch((error: unknown) => {
        if (!isAbort(error)) setOutcome({ key, outcome: { error: errorText(error) } });
      });
    return () => controller.abort();
    // `key` names the inputs of `job`; a new closure alone is no reason to run again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return outcome && outcome.key === key ? outcome.outcome : undefined;
}

const valueOf = <T>(outcome: Outcome<T>): T | null => (outcome && 'value' in outcome ? outcome.value : null);

/**
 * recall@10 of every point on the PCA map and (once it exists) the UMAP map, against the exact
 * full-space neighbours found once; and the recall curve against PCA components kept.
 */
export function useProjectionQuality(
  vectors: Float32Array,
  dims: number,
  pcaCoords: Float64Array,
  umapCoords: Float64Array | null,
) {
  const truth = useJob<Neighbours>(
    (signal) => runMapJob({ kind: 'neighbours', vectors, dims, k: RECALL_K }, { signal }),
    vectors,
  );
  const full = valueOf(truth);
  const recallOf = (coords: Float64Array | null) =>
    full && coords
      ? (signal: AbortSignal) => runMapJob({ kind: 'recall', coords, fullNeighbours: full }, { signal })
      : null;
  const pca = useJob<MapRecall>(recallOf(pcaCoords), full && pcaCoords);
  const umap = useJob<MapRecall>(recallOf(umapCoords), full && umapCoords);
  const curve = useJob<RecallCurve>(
    full
      ? (signal) =>
          runMapJob(
            {
              kind: 'recall-curve',
              vectors,
              dims,
              fullNeighbours: full,
              maxComponents: CURVE_MAX_COMPONENTS,
            },
            { signal },
          )
      : null,
    full,
  );
  const failed = [truth, pca, umap, curve].find((outcome) => outcome && 'error' in outcome);
  return {
    pca: valueOf(pca),
    umap: umapCoords ? valueOf(umap) : null,
    curve: valueOf(curve),
    error: failed && 'error' in failed ? failed.error : null,
  };
}
