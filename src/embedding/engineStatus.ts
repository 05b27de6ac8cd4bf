import type { BackendInfo, Device, Dtype, FileProgress, WorkerError } from './protocol';

/** What the page shows about the model and backend. */
export type EngineStatus =
  | { phase: 'idle'; fallbackReason?: undefined }
  | {
      phase: 'loading';
      device: Device;
      dtype: Dtype;
      files: Record<string, FileProgress>;
      startedAt: number;
      /** Why an earlier backend was given up, when this is a fallback. */
      fallbackReason?: string;
    }
  | { phase: 'ready'; info: BackendInfo; readyInMs: number; fallbackReason?: string }
  | { phase: 'error'; device: Device; error: WorkerError; fallbackReason?: string };
