import { embeddingClient } from '../embedding/client';
import { useDebouncedValue } from './useDebouncedValue';
import { useEngineRequest } from './useEngineRequest';

export type EmbeddingsState =
  | { state: 'waiting' }
  /** `vectors` is row-major [texts.length, dims]; `stale` while newer texts are being embedded. */
  | { state: 'done'; texts: string[]; vectors: Float32Array; dims: number; stale: boolean }
  | { state: 'failed'; message: string };

const keyOf = (texts: readonly string[]) => JSON.stringify(texts);

async function embedKey(key: string, signal: AbortSignal) {
  const texts = JSON.parse(key) as string[];
  const { vectors, dims } = await embeddingClient.embedTexts(texts, { signal });
  return { texts, vectors, dims };
}

/**
 * Embeds a list of texts (debounced) with the shared engine; see useEngineRequest. Empty strings
 * are embedded as they are; filter them first if a page should skip them.
 */
export function useEmbeddings(texts: readonly string[], delayMs = 300): EmbeddingsState {
  const settled = useDebouncedValue(keyOf(texts), delayMs);
  const result = useEngineRequest(settled === '[]' ? undefined : settled, embedKey);
  if (result.state !== 'done') return result;
  return { state: 'done', ...result.value, stale: result.key !== keyOf(texts) };
}
