import { useEffect, useState } from 'react';
import type { PcaModel } from '../../math/pca';
import type { PreservationResult } from './pcaProtocol';
import { PcaWorkerClient, type FitEvent } from './pcaWorkerClient';

export type Preservation =
  { state: 'computing'; done: number; total: number } | ({ state: 'done' } & PreservationResult);

export type PcaAnalysis =
  | { phase: 'fitting' }
  | { phase: 'failed'; message: string }
  | {
      phase: 'fitted';
      model: PcaModel;
      coords: Float64Array;
      ms: number;
      preservation: Preservation;
      client: PcaWorkerClient;
    };

function next(previous: PcaAnalysis, event: FitEvent, client: PcaWorkerClient): PcaAnalysis {
  if (event.type === 'error') return { phase: 'failed', message: event.message };
  if (event.type === 'fitted') {
    return {
      phase: 'fitted',
      model: event.model,
      coords: event.coords,
      ms: event.ms,
      preservation: { state: 'computing', done: 0, total: 0 },
      client,
    };
  }
  if (previous.phase !== 'fitted') return previous;
  const preservation: Preservation =
    event.type === 'preservation'
      ? { state: 'done', ...event.result }
      : { state: 'computing', done: event.done, total: event.total };
  return { ...previous, preservation };
}

/**
 * Fits PCA to the first `rows` rows in a fresh worker whenever the vectors change, then measures
 * neighbour preservation there. The returned client answers hover and query look-ups on that fit.
 */
export function usePcaAnalysis(vectors: Float32Array, dims: number, rows: number): PcaAnalysis {
  const [analysis, setAnalysis] = useState<{ vectors: Float32Array; result: PcaAnalysis }>();
  useEffect(() => {
    const client = new PcaWorkerClient(vectors, dims, rows, (event) =>
      setAnalysis((previous) => ({
        vectors,
        result: next(previous?.vectors === vectors ? previous.result : { phase: 'fitting' }, event, client),
      })),
    );
    return () => client.terminate();
  }, [vectors, dims, rows]);
  // A map of other vectors is never shown for these.
  return analysis?.vectors === vectors ? analysis.result : { phase: 'fitting' };
}
