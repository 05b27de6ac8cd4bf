import { useEffect, useState } from 'react';
import { embeddingClient } from '../../embedding/client';
import { isAbortError } from '../../workers/abort';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useEngineStore } from '../../state/engineStore';
import type { PcaWorkerClient } from './pcaWorkerClient';

export type QueryPlacement =
  | { state: 'empty' }
  | { state: 'waiting' }
  /** `at`: the query on the map; `top`/`scores`: its nearest rows by cosine in full dimension. */
  | {
      state: 'done';
      query: string;
      at: [number, number];
      top: Int32Array;
      scores: Float64Array;
      stale: boolean;
    }
  | { state: 'failed'; message: string };

type Settled = Exclude<QueryPlacement, { state: 'empty' | 'waiting' }>;

/**
 * Embeds the query (debounced) and places it on the current map with the map's own PCA basis:
 * a new query moves the marker, the PCA is not recomputed.
 */
export function useQueryPlacement(
  client: PcaWorkerClient | undefined,
  query: string,
  k: number,
  delayMs = 300,
): QueryPlacement {
  const settled = useDebouncedValue(query.trim(), delayMs);
  const ready = useEngineStore((s) => s.status.phase === 'ready');
  const [result, setResult] = useState<{ client: PcaWorkerClient; placement: Settled }>();
  useEffect(() => {
    if (!client || !ready || settled === '') return;
    const controller = new AbortController();
    embeddingClient
      .embedTexts([settled], { signal: controller.signal })
      .then(({ vectors }) => client.placeQuery(vectors, k))
      .then(({ at, top, scores }) => {
        if (!controller.signal.aborted)
          setResult({ client, placement: { state: 'done', query: settled, at, top, scores, stale: false } });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setResult({
          client,
          placement: { state: 'failed', message: error instanceof Error ? error.message : String(error) },
        });
      });
    return () => controller.abort();
  }, [client, ready, settled, k]);
  if (query.trim() === '') return { state: 'empty' };
  if (!result || result.client !== client) return { state: 'waiting' };
  const { placement } = result;
  return placement.state === 'done' ? { ...placement, stale: placement.query !== query.trim() } : placement;
}
