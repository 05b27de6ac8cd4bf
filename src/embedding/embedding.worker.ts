/// <reference lib="webworker" />
/**
 * The embedding worker: the only browser code that touches transformers.js. It loads one model on
 * one backend; the client replaces the whole worker to switch backend (a failed WebGPU start
 * leaves onnxruntime's internal promise chains rejected, so the same worker cannot retry).
 */
import { env } from '@huggingface/transformers';
import { EmbeddingEngine } from './engine';
import { classifyError } from './errors';
import { prefetchRuntime } from './runtimePrefetch';
import { fetchWithStallTimeout } from '../net/stallTimeout';
import { MODEL_CACHE_NAME } from './modelFiles';
import type { EmbeddingApi, FileProgress, LoadConfig } from './protocol';
import { withTransfer } from '../workers/rpcProtocol';
import { serveRpc, type HandlerContext } from '../workers/rpcServer';

declare const self: DedicatedWorkerGlobalScope;

let engine: Promise<EmbeddingEngine> | undefined;
/** What the downloads did, so a failure can name the URL (transformers.js sometimes hides it). */
const fetchLog: { lastUrl?: string; failed?: { url: string; status: number } } = {};

function configureRuntime(config: LoadConfig): void {
  const wasm = env.backends.onnx.wasm!;
  wasm.wasmPaths = { ...config.wasmPaths };
  wasm.numThreads = config.numThreads;
  // Without this, transformers.js re-serves the runtime from a blob: URL, which a strict CSP blocks;
  // the runtime files come from the app's origin and the service worker keeps them offline.
  env.useWasmCache = false;
  env.cacheKey = MODEL_CACHE_NAME;
  const baseFetch = self.fetch.bind(self);
  env.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    fetchLog.lastUrl = url;
    const response = await fetchWithStallTimeout(input, init, {
      stallMs: config.stallMs,
      fetchImpl: baseFetch,
    });
    if (!response.ok) fetchLog.failed = { url, status: response.status };
    return response;
  };
}

async function load(config: LoadConfig, onProgress: (progress: FileProgress) => void) {
  configureRuntime(config);
  fetchLog.failed = undefined;
  void prefetchRuntime(config.wasmPaths.wasm, onProgress);
  engine = EmbeddingEngine.load({
    modelId: config.source.modelId,
    source: { kind: 'remote', host: config.source.host, pathTemplate: config.source.pathTemplate },
    device: config.device,
    dtype: config.dtype,
    onProgress,
  });
  const ready = await engine;
  // A warm-up run compiles kernels (WebGPU shaders, WASM paths) and surfaces backend failures now,
  // not on the student's first click.
  await ready.embedAll(['warm-up']);
  return {
    device: config.device,
    dtype: config.dtype,
    numThreads: config.device === 'wasm' ? config.numThreads : 0,
    modelId: config.source.modelId,
    dims: ready.dims,
    maxTokens: ready.maxTokens,
    crossOriginIsolated: self.crossOriginIsolated,
    fixtureNote: ready.fixtureNote,
  };
}

async function embed(
  texts: string[],
  batchSize: number,
  { progress, signal }: HandlerContext<EmbeddingApi['embed']['progress']>,
) {
  const ready = await requireEngine();
  const started = performance.now();
  await ready.embed(
    texts,
    batchSize,
    (batch) =>
      progress(
        withTransfer({ ...batch, dims: ready.dims }, [
          batch.indices.buffer,
          batch.vectors.buffer,
          batch.tokenCounts.buffer,
        ]),
      ),
    () => signal.aborted,
  );
  return { ms: performance.now() - started };
}

async function inspect(text: string, signal: AbortSignal) {
  const ready = await requireEngine();
  signal.throwIfAborted();
  const inspection = await ready.inspect(text);
  const { vector, tokenVectors, pooled } = inspection;
  return withTransfer(inspection, [vector.buffer, tokenVectors.buffer, pooled.buffer]);
}

function requireEngine(): Promise<EmbeddingEngine> {
  if (!engine) throw new Error('The model is not loaded yet.');
  return engine;
}

serveRpc<EmbeddingApi>(
  self,
  {
    load: (config, { progress }) => load(config, progress),
    embed: ({ texts, batchSize }, context) => embed(texts, batchSize, context),
    inspect: ({ text }, { signal }) => inspect(text, signal),
    truncation: async ({ texts, locate }) => {
      const result = (await requireEngine()).truncation(texts, locate);
      return withTransfer(result, [result.counts.buffer, result.cuts.buffer]);
    },
  },
  (error) => classifyError(error, fetchLog),
);
