import { useEffect, useState } from 'react';
import { EmbeddingError, embeddingClient } from '../embedding/client';
import type { Inspection } from '../embedding/protocol';
import { useEngineStore } from '../state/engineStore';
import { useDebouncedValue } from './useDebouncedValue';

export type InspectionState =
  | { state: 'empty' }
  | { state: 'waiting' }
  /** `stale`: the shown result is for an older text; a newer one is on its way. */
  | { state: 'done'; text: string; inspection: Inspection; stale: boolean }
  | { state: 'failed'; message: string };

/**
 * Embeds `text` (debounced) once the engine is ready. A newer text cancels the older request,
 * so a slow result never overwrites a fresher one.
 */
export function useInspection(text: string, delayMs = 250): InspectionState {
  const settled = useDebouncedValue(text, delayMs);
  const ready = useEngineStore((s) => s.status.phase === 'ready');
  const [result, setResult] = useState<InspectionState>({ state: 'waiting' });
  useEffect(() => {
    if (!ready || settled.trim() === '') return;
    const controller = new AbortController();
    embeddingClient
      .inspectText(settled, controller.signal)
      .then((inspection) => setResult({ state: 'done', text: settled, inspection, stale: false }))
      .catch((error: unknown) => {
        if (error instanceof EmbeddingError && error.detail.kind === 'cancelled') return;
        setResult({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [settled, ready]);
  if (text.trim() === '') return { state: 'empty' };
  if (!ready) return { state: 'waiting' };
  return result.state === 'done' ? { ...result, stale: result.text !== text } : result;
}
