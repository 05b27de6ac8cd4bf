/// <reference lib="webworker" />
/**
 * Decodes and parses a CSV file off the main thread, so a big file never freezes the page.
 * papaparse lives here only: the page's own bundle never loads it.
 */
import Papa from 'papaparse';
import { decodeCsvBytes } from './csvBytes';
import { parseCsvTable } from './csvTable';
import type { CsvWorkerEvent, CsvWorkerRequest } from './csvWorkerProtocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (event: CsvWorkerEvent) => self.postMessage(event);

self.onmessage = (message: MessageEvent<CsvWorkerRequest>) => {
  const { bytes, name } = message.data;
  try {
    const text = decodeCsvBytes(new Uint8Array(bytes), name);
    if (!text.ok) return post({ type: 'done', result: text });
    post({
      type: 'done',
      result: parseCsvTable(Papa, text.value, (fraction) => post({ type: 'progress', fraction })),
    });
  } catch (error) {
    post({
      type: 'done',
      result: {
        ok: false,
        error: {
          kind: 'internal',
          problem: `Reading “${name}” failed unexpectedly: ${String(error)}`,
          advice: 'Try again; if it keeps failing, try another browser.',
        },
      },
    });
  }
};
