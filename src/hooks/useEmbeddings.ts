import { embeddingClient } from '../embedding/client';
import { compareModels, useRunningModel, type ModelProvenance } from '../features/listings';
import { useDebouncedValue } from './useDebouncedValue';
import { useEngineRequest } from './useEngineRequest';

export type EmbeddingsState =
  | { state: 'waiting' }
  /**
   * `vectors` is row-major [texts.length, dims]; `stale` while newer texts are being embedded.
   * `model` made them: always the running model's (an older model's answer reads as 'waiting').
   */
  | {
      state: 'done';
      texts: string[];
      vectors: Float32Array;
      dims: number;
      stale: boolean;
      model: ModelProvenance;
    }
  | { state: 'failed'; message: string };

const keyOf = (texts: readonly string[]) => JSON.stringify(texts);

async function embedKey(key: string, signal: AbortSignal) {
  const texts = JSON.parse(key) as string[];
  const { vectors, dims } = await embeddingClient.embedTexts(texts, { signal });
  // The engine that answered: a restart on another backend would have failed this request.
  const status = embeddingClient.getStatus();
  const made: ModelProvenance | undefined =
    status.phase === 'ready'
      ? { modelId: status.info.modelId, dtype: status.info.dtype, backend: status.info.device }
      : undefined;
  return { texts, vectors, dims, made };
}

/**
 * Embeds a list of texts (debounced) with the shared engine; see useEngineRequest. Empty strings
 * are embedded as they are; filter them first if a page should skip them. After a switch of model
 * or backend, the older answer is never handed out next to newer vectors (the provenance rule).
 */
export function useEmbeddings(texts: readonly string[], delayMs = 300): EmbeddingsState {
  const settled = useDebouncedValue(keyOf(texts), delayMs);
  const result = useEngineRequest(settled === '[]' ? undefined : settled, embedKey);
  const running = useRunningModel();
  if (result.state !== 'done') return result;
  const { made, ...value } = result.value;
  if (!running || !made || !compareModels(made, running).ok) return { state: 'waiting' };
  return { state: 'done', ...value, model: running, stale: result.key !== keyOf(texts) };
}
