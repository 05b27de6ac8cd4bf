import type { CsvTable } from './csvTable';
import type { Outcome } from './datasetError';

/** The file's bytes are transferred, not copied. */
export interface CsvWorkerRequest {
  bytes: ArrayBuffer;
  name: string;
}

export type CsvWorkerEvent =
  { type: 'progress'; fraction: number } | { type: 'done'; result: Outcome<CsvTable> };
