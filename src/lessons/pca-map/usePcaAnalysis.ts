import { useEffect, useState } from 'react';
import type { PcaModel } from '../../math/pca';
import { PcaWorkerClient, type FitEvent } from './pcaWorkerClient';

export type PcaAnalysis =
  | { phase: 'fitting' }
  | { phase: 'failed'; message: string }
  | {
      phase: 'fitted';
      model: PcaModel;
      coords: Float64Array;
      ms: number;
      client: PcaWorkerClient;
    };

function next(event: FitEvent, client: PcaWorkerClient): PcaAnalysis {
  if (event.type === 'error') return { phase: 'failed', message: event.message };
  return { phase: 'fitted', model: event.model, coords: event.coords, ms: event.ms, client };
}

/**
 * Fits PCA to the first `rows` rows in a fresh worker whenever the vectors change. The returned
 * client answers hover and query look-ups on that fit.
 */
export function usePcaAnalysis(vectors: Float32Array, dims: number, rows: number): PcaAnalysis {
  const [analysis, setAnalysis] = useState<{ vectors: Float32Array; result: PcaAnalysis }>();
  useEffect(() => {
    const client = new PcaWorkerClient(vectors, dims, rows, (event) =>
      setAnalysis({ vectors, result: next(event, client) }),
    );
    return () => client.terminate();
  }, [vectors, dims, rows]);
  // A map of other vectors is never shown for these.
  return analysis?.vectors === vectors ? analysis.result : { phase: 'fitting' };
}
