import { create } from 'zustand';
import { AutoRetry } from '../embedding/autoRetry';
import { forgetChoice } from '../embedding/backendChoice';
import { embeddingClient } from '../embedding/client';
import type { EngineStatus } from '../embedding/engineStatus';
import type { EngineSettings } from '../embedding/settings';
import { urlConfig } from '../config';

interface EngineState {
  status: EngineStatus;
  settings: EngineSettings;
  /** How long until the next automatic try of a failed download (ms), when one is planned. */
  retryInMs?: number;
  /** Restarts the engine with a new backend preference (the Settings menu). */
  setDevice: (device: EngineSettings['device']) => void;
  /** Forgets this browser's measured backend decision and measures again (`auto`). */
  measureAgain: () => void;
  start: () => void;
  retry: () => void;
  /** Stops a download and any automatic retry. */
  cancel: () => void;
  clearStoredModelAndRetry: () => void;
}

/** Failures that a working network may cure by itself. */
const RETRIED_KINDS = new Set(['network', 'stalled']);

const autoRetry = new AutoRetry(
  () => void embeddingClient.retry().catch(() => {}),
  (retryInMs) => useEngineStore.setState({ retryInMs }),
);

export const useEngineStore = create<EngineState>((set, get) => ({
  status: embeddingClient.getStatus(),
  settings: urlConfig.engine,
  setDevice: (device) => {
    set({ settings: { ...get().settings, device } });
    get().start();
  },
  measureAgain: () => {
    forgetChoice(localStorage);
    get().setDevice('auto');
  },
  start: () => {
    autoRetry.reset();
    void embeddingClient.start(get().settings).catch(() => {});
  },
  retry: () => {
    autoRetry.reset();
    void embeddingClient.retry().catch(() => {});
  },
  cancel: () => {
    autoRetry.reset();
    embeddingClient.cancel();
  },
  clearStoredModelAndRetry: () => {
    autoRetry.reset();
    void embeddingClient.clearStoredModelAndRetry().catch(() => {});
  },
}));

embeddingClient.onStatus((status) => {
  useEngineStore.setState({ status });
  if (status.phase === 'ready') autoRetry.reset();
  if (status.phase === 'loading') autoRetry.clear();
  if (status.phase === 'error' && RETRIED_KINDS.has(status.error.kind)) autoRetry.failed();
});
addEventListener('online', () => autoRetry.online());
