import { embeddingClient } from '../embedding/client';
import type { Inspection } from '../embedding/protocol';
import { useDebouncedValue } from './useDebouncedValue';
import { useEngineRequest } from './useEngineRequest';

export type InspectionState =
  | { state: 'empty' }
  | { state: 'waiting' }
  /** `stale`: the shown result is for an older text; a newer one is on its way. */
  | { state: 'done'; text: string; inspection: Inspection; stale: boolean }
  | { state: 'failed'; message: string };

const inspect = (text: string, signal: AbortSignal) => embeddingClient.inspectText(text, signal);

/** Inspects `text` (debounced) once the engine is ready; see useEngineRequest. */
export function useInspection(text: string, delayMs = 250): InspectionState {
  const settled = useDebouncedValue(text, delayMs);
  const result = useEngineRequest(settled.trim() === '' ? undefined : settled, inspect);
  if (text.trim() === '') return { state: 'empty' };
  if (result.state !== 'done') return result;
  return { state: 'done', text: result.key, inspection: result.value, stale: result.key !== text };
}
