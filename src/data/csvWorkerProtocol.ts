import type { Method } from '../workers/rpcProtocol';
import type { CsvTable } from './csvTable';
import type { Outcome } from './datasetError';

/** The CSV worker's API (src/workers RPC): the file's bytes are transferred, not copied. */
export type CsvApi = {
  /** Decodes and parses a CSV; progress is the fraction parsed. */
  parse: Method<{ bytes: ArrayBuffer; name: string }, Outcome<CsvTable>, number>;
};
