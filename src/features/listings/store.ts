/**
 * The page's one listings controller, wired to the browser (engine, IndexedDB, fetch, URL
 * parameters), and the zustand store that mirrors its state for React. Components read the store
 * and call the controller's actions; nothing writes the store but the controller.
 */
import { create } from 'zustand';
import { urlConfig } from '../../config';
import { loadDataset } from '../../data/loadDataset';
import { sha256Hex } from '../../data/textHash';
import { vectorCache } from '../../data/vectorCache';
import { DEFAULT_BATCH_SIZE, embeddingClient } from '../../embedding/client';
import { useEngineStore } from '../../state/engineStore';
import { createListingsController } from './controller';
import type { RunningModel } from './embeddingJob';
import { createPrecomputedSource } from './precomputedSource';
import type { ListingsState } from './types';

export const precomputedSource = createPrecomputedSource(urlConfig.precomputed, (...args) => fetch(...args));

/** The model the engine runs now, or undefined while none is ready. */
export function runningModel(): RunningModel | undefined {
  const { status } = useEngineStore.getState();
  if (status.phase !== 'ready') return undefined;
  const { modelId, dtype, device, dims } = status.info;
  return { modelId, dtype, backend: device, dims };
}

export const listings = createListingsController({
  loadDataset: (request, options) => loadDataset(request, { ...options, stallMs: urlConfig.engine.stallMs }),
  embed: (texts, options) => embeddingClient.embedTexts(texts, options),
  hash: sha256Hex,
  cache: typeof indexedDB === 'undefined' ? undefined : vectorCache,
  model: runningModel,
  // One batch per request: a cancel or a search query waits for one batch at most.
  batchSize: DEFAULT_BATCH_SIZE,
  now: () => performance.now(),
  fetchPrecomputed: (choice) => precomputedSource.vectors(choice),
  baseUrl: document.baseURI,
  params: urlConfig,
  random: Math.random,
});

export const useListingsStore = create<ListingsState>(() => listings.getState());
listings.subscribe((state) => useListingsStore.setState(state, true));
