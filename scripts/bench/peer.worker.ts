/// <reference lib="webworker" />
/**
 * The peer: the stock transformers.js `feature-extraction` pipeline, as Embedding Atlas and the
 * transformers.js examples embed (mean pooling, normalize), with its own defaults for device,
 * dtype, threads and truncation (the tokenizer's 512). Only where files come from is set: the
 * fixture model on this server and the runtime from this origin (the default CDN is unreachable).
 */
import { env, pipeline } from '@huggingface/transformers';
import type { PeerRequest, PeerRun } from './peerRun';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async ({ data }: MessageEvent<PeerRequest>) => {
  try {
    env.allowLocalModels = false;
    env.remoteHost = data.modelHost;
    env.remotePathTemplate = '{model}/';
    env.backends.onnx.wasm!.wasmPaths = data.wasmPaths;
    env.useWasmCache = false;
    // Fetched from this server, not the cache our runs filled, so the resource timing names its weights file.
    env.useBrowserCache = false;
    const extractor = await pipeline('feature-extraction', data.model);
    const options = { pooling: 'mean', normalize: true } as const;
    const batches: string[][] = [];
    for (let i = 0; i < data.texts.length; i += data.batchSize)
      batches.push(data.texts.slice(i, i + data.batchSize));
    for (const batch of batches.slice(0, 2)) await extractor(batch, options); // untimed warm-up, as ours
    const started = performance.now();
    for (const batch of batches) await extractor(batch, options);
    const seconds = (performance.now() - started) / 1000;
    const modelFile = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => name.endsWith('.onnx'));
    const tokens = data.texts.reduce(
      (sum, text) => sum + Math.min(extractor.tokenizer.encode(text).length, 512),
      0,
    );
    const run: PeerRun = {
      texts: data.texts.length,
      tokens,
      seconds,
      modelFile: modelFile?.split('/').pop() ?? 'unknown',
      threads: env.backends.onnx.wasm?.numThreads ?? 0,
    };
    self.postMessage({ run });
  } catch (error) {
    self.postMessage({ error: String(error) });
  }
};
