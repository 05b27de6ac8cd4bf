/// <reference lib="webworker" />
/**
 * Decodes and parses a CSV file off the main thread, so a big file never freezes the page.
 * papaparse lives here only: the page's own bundle never loads it.
 */
import Papa from 'papaparse';
import { serveRpc } from '../workers/rpcServer';
import { decodeCsvBytes } from './csvBytes';
import { parseCsvTable } from './csvTable';
import type { CsvApi } from './csvWorkerProtocol';

declare const self: DedicatedWorkerGlobalScope;

serveRpc<CsvApi>(self, {
  parse: ({ bytes, name }, { progress }) => {
    try {
      const text = decodeCsvBytes(new Uint8Array(bytes), name);
      if (!text.ok) return text;
      return parseCsvTable(Papa, text.value, progress);
    } catch (error) {
      return {
        ok: false,
        error: {
          kind: 'internal',
          problem: `Reading “${name}” failed unexpectedly: ${String(error)}`,
          advice: 'Try again; if it keeps failing, try another browser.',
        },
      };
    }
  },
});
