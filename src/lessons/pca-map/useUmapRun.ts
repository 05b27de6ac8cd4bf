import { useCallback, useEffect, useRef, useState } from 'react';
import { PCA_FIRST_DIMENSIONS } from '../../math/umap';
import { runMapJob } from './mapJobsClient';
import { errorText, isAbort, type UmapRun, type UmapSettings } from './umapRun';

/** Starts, cancels and reports UMAP runs of the listings' vectors in a background worker. */
export function useUmapRun(vectors: Float32Array, dims: number) {
  const [run, setRun] = useState<UmapRun>({ state: 'idle' });
  // The last finished map stays on screen while a new run is computed or after one is cancelled.
  const [latest, setLatest] = useState<Extract<UmapRun, { state: 'done' }> | null>(null);
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(
    (settings: UmapSettings) => {
      controller.current?.abort();
      const own = new AbortController();
      controller.current = own;
      setRun({ state: 'running', settings, progress: null });
      runMapJob(
        { kind: 'umap', vectors, dims, options: settings },
        {
          signal: own.signal,
          onProgress: (progress) => setRun({ state: 'running', settings, progress }),
        },
      )
        .then((result) => {
          const done = {
            state: 'done' as const,
            settings,
            coords: result.coords,
            ms: result.ms,
            reducedTo: result.reducedWithPca ? PCA_FIRST_DIMENSIONS : null,
          };
          setRun(done);
          setLatest(done);
        })
        .catch((error: unknown) => {
          // A run replaced by a newer one says nothing; one the user cancelled says so.
          if (controller.current !== own) return;
          setRun(isAbort(error) ? { state: 'cancelled' } : { state: 'failed', message: errorText(error) });
        });
    },
    [vectors, dims],
  );
  const cancel = useCallback(() => controller.current?.abort(), []);
  useEffect(() => () => controller.current?.abort(), [vectors, dims]);
  return { run, latest, start, cancel };
}
