import { create } from 'zustand';
import { embeddingClient } from '../embedding/client';
import type { EngineStatus } from '../embedding/engineStatus';
import type { EngineSettings } from '../embedding/settings';
import { urlConfig } from '../config';

interface EngineState {
  status: EngineStatus;
  settings: EngineSettings;
  /** Restarts the engine with a new backend preference (the Settings menu). */
  setDevice: (device: EngineSettings['device']) => void;
  start: () => void;
  retry: () => void;
}

export const useEngineStore = create<EngineState>((set, get) => ({
  status: embeddingClient.getStatus(),
  settings: urlConfig.engine,
  setDevice: (device) => {
    set({ settings: { ...get().settings, device } });
    get().start();
  },
  start: () => void embeddingClient.start(get().settings).catch(() => {}),
  retry: () => void embeddingClient.retry().catch(() => {}),
}));

embeddingClient.onStatus((status) => useEngineStore.setState({ status }));
