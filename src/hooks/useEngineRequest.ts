import { useEffect, useState } from 'react';
import { useEngineStore } from '../state/engineStore';
import { isAbortError } from '../workers/abort';

export type EngineRequestState<T> =
  { state: 'waiting' } | { state: 'done'; key: string; value: T } | { state: 'failed'; message: string };

/**
 * Runs `request(key)` once the engine is ready, again whenever the key changes. The newer key aborts
 * the older request, so a slow answer never overwrites a fresher one. `request` must be stable
 * (defined outside the component). An undefined key asks for nothing and keeps the last answer.
 */
export function useEngineRequest<T>(
  key: string | undefined,
  request: (key: string, signal: AbortSignal) => Promise<T>,
): EngineRequestState<T> {
  const ready = useEngineStore((s) => s.status.phase === 'ready');
  const [result, setResult] = useState<EngineRequestState<T>>({ state: 'waiting' });
  useEffect(() => {
    if (!ready || key === undefined) return;
    const controller = new AbortController();
    request(key, controller.signal)
      .then((value) => setResult({ state: 'done', key, value }))
      .catch((error: unknown) => {
        if (isAbortError(error)) return;
        setResult({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [key, ready, request]);
  return ready ? result : { state: 'waiting' };
}
