import { useEffect, useState } from 'react';
import { EmbeddingError, embeddingClient } from '../embedding/client';
import { useEngineStore } from '../state/engineStore';
import { useDebouncedValue } from './useDebouncedValue';

export type EmbeddingsState =
  | { state: 'waiting' }
  /** `vectors` is row-major [texts.length, dims]; `stale` while newer texts are being embedded. */
  | { state: 'done'; texts: string[]; vectors: Float32Array; dims: number; stale: boolean }
  | { state: 'failed'; message: string };

const keyOf = (texts: readonly string[]) => JSON.stringify(texts);

/**
 * Embeds a list of texts (debounced) with the shared engine. Changing the list cancels the older
 * request, so a slow result never overwrites a newer one. Empty strings are embedded as they are;
 * filter them first if a page should skip them.
 */
export function useEmbeddings(texts: readonly string[], delayMs = 300): EmbeddingsState {
  const key = useDebouncedValue(keyOf(texts), delayMs);
  const ready = useEngineStore((s) => s.status.phase === 'ready');
  const [result, setResult] = useState<EmbeddingsState>({ state: 'waiting' });
  useEffect(() => {
    if (!ready) return;
    const wanted = JSON.parse(key) as string[];
    if (wanted.length === 0) return;
    const controller = new AbortController();
    embeddingClient
      .embedTexts(wanted, { signal: controller.signal })
      .then(({ vectors, dims }) => setResult({ state: 'done', texts: wanted, vectors, dims, stale: false }))
      .catch((error: unknown) => {
        if (error instanceof EmbeddingError && error.detail.kind === 'cancelled') return;
        setResult({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, [key, ready]);
  if (!ready) return { state: 'waiting' };
  return result.state === 'done' ? { ...result, stale: keyOf(result.texts) !== keyOf(texts) } : result;
}
