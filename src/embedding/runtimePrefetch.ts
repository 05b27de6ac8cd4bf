import { env } from '@huggingface/transformers';
import type { FileProgress } from './protocol';

export const RUNTIME_FILE_LABEL = 'WASM runtime (onnxruntime-web)';

/**
 * Downloads onnxruntime-web's .wasm alongside the model files. Left to itself, onnxruntime fetches
 * it only when the first session is created, i.e. after the model download, which added ~5 s to a
 * cold start on a 10 Mbit/s link. Once here, the binary is handed to onnxruntime so it is not
 * fetched twice. Failures are ignored: onnxruntime then fetches it itself and reports any error.
 */
export async function prefetchRuntime(
  url: string,
  onProgress: (progress: FileProgress) => void,
): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok || !response.body) return;
    // A compressed response's Content-Length counts compressed bytes; the stream yields more.
    const total = response.headers.get('content-encoding')
      ? 0
      : Number(response.headers.get('content-length') ?? 0);
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let loaded = 0;
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      chunks.push(chunk.value);
      loaded += chunk.value.byteLength;
      onProgress({ file: RUNTIME_FILE_LABEL, loaded, total, done: false });
    }
    env.backends.onnx.wasm!.wasmBinary = await new Blob(chunks).arrayBuffer();
    onProgress({ file: RUNTIME_FILE_LABEL, loaded, total: loaded, done: true });
  } catch {
    // onnxruntime will try again on its own.
  }
}
