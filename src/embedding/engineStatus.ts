import type { BackendInfo, Device, Dtype, FileProgress, WorkerError } from './protocol';

/** What the page shows about the model and backend. */
export type EngineStatus =
  | {
      phase: 'idle';
      /** The student stopped a download (Cancel); nothing loads until they ask again. */
      cancelled?: boolean;
      reason?: undefined;
    }
  | {
      phase: 'loading';
      device: Device;
      dtype: Dtype;
      files: Record<string, FileProgress>;
      startedAt: number;
      /** One line on why this backend: a fallback, a measurement, a remembered decision. */
      reason?: string;
    }
  | { phase: 'ready'; info: BackendInfo; readyInMs: number; reason?: string }
  | { phase: 'error'; device: Device; error: WorkerError; reason?: string };
