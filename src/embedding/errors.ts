import { StallError } from '../net/stallTimeout';
import type { WorkerError } from './protocol';

export interface FetchLog {
  lastUrl?: string;
  /** The last download that answered with an HTTP error. */
  failed?: { url: string; status: number };
}

/** Turns whatever transformers.js or onnxruntime threw into data the UI can explain. */
export function classifyError(error: unknown, fetchLog: FetchLog = {}): WorkerError {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof StallError) return { kind: 'stalled', message, url: error.url };
  const quotedUrl = /"(https?:\/\/[^"]+)"/.exec(message)?.[1];
  // transformers.js treats some files as optional and fails later with an unrelated message,
  // so an HTTP error seen during the load is the better explanation.
  if (fetchLog.failed) {
    const { url, status } = fetchLog.failed;
    const kind = status === 404 ? 'not-found' : 'network';
    return { kind, message: `HTTP ${status} for ${url}. (${message})`, url };
  }
  if (/could not locate file/i.test(message))
    return { kind: 'not-found', message, url: quotedUrl ?? fetchLog.lastUrl };
  if (/failed to fetch|networkerror|load failed|network error/i.test(message)) {
    return { kind: 'network', message, url: quotedUrl ?? fetchLog.lastUrl };
  }
  if (/webgpu|adapter|jsep/i.test(message)) return { kind: 'webgpu', message };
  if (/protobuf|onnx|invalid model|parse|JSON/i.test(message)) return { kind: 'bad-model', message };
  return { kind: 'internal', message };
}
