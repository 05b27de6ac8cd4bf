import type { WorkerError } from './protocol';

/** Turns whatever transformers.js or onnxruntime threw into data the UI can explain. */
export function classifyError(error: unknown, lastUrl?: string): WorkerError {
  const message = error instanceof Error ? error.message : String(error);
  const quotedUrl = /"(https?:\/\/[^"]+)"/.exec(message)?.[1];
  if (/could not locate file|404|not found/i.test(message)) {
    return { kind: 'not-found', message, url: quotedUrl ?? lastUrl };
  }
  if (/failed to fetch|networkerror|load failed|network/i.test(message) || error instanceof TypeError && /fetch/i.test(message)) {
    return { kind: 'network', message, url: quotedUrl ?? lastUrl };
  }
  if (/webgpu|gpu|adapter|jsep/i.test(message)) return { kind: 'webgpu', message };
  if (/protobuf|onnx|invalid model|parse/i.test(message)) return { kind: 'bad-model', message };
  return { kind: 'internal', message };
}
