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
import {
  transferablesOf,
  type FileProgress,
  type LoadConfig,
  type WorkerEvent,
  type WorkerRequest,
} from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let engine: Promise<EmbeddingEngine> | undefined;
const cancelled = new Set<number>();
/** What the downloads did, so a failure can name the URL (transformers.js sometimes hides it). */
const fetchLog: { lastUrl?: string; failed?: { url: string; status: number } } = {};

const post = (event: WorkerEvent) => self.postMessage(event, transferablesOf(event));

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

async function load(id: number, config: LoadConfig): Promise<void> {
  configureRuntime(config);
  fetchLog.failed = undefined;
  const onProgress = (progress: FileProgress) => post({ type: 'load-progress', id, progress });
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
  post({
    type: 'loaded',
    id,
    info: {
      device: config.device,
      dtype: config.dtype,
      numThreads: config.device === 'wasm' ? config.numThreads : 0,
      modelId: config.source.modelId,
      dims: ready.dims,
      maxTokens: ready.maxTokens,
      crossOriginIsolated: self.crossOriginIsolated,
      fixtureNote: ready.fixtureNote,
    },
  });
}

async function embed(id: number, texts: string[], batchSize: number): Promise<void> {
  const ready = await requireEngine();
  const started = performance.now();
  await ready.embed(
    texts,
    batchSize,
    (batch) => post({ type: 'embed-batch', id, ...batch, dims: ready.dims }),
    () => cancelled.has(id),
  );
  if (cancelled.has(id)) throw new CancelledError();
  post({ type: 'embed-done', id, ms: performance.now() - started });
}

async function inspect(id: number, text: string): Promise<void> {
  const ready = await requireEngine();
  if (cancelled.has(id)) throw new CancelledError();
  post({ type: 'inspected', id, inspection: await ready.inspect(text) });
}

function requireEngine(): Promise<EmbeddingEngine> {
  if (!engine) throw new Error('The model is not loaded yet.');
  return engine;
}

class CancelledError extends Error {
  constructor() {
    super('Cancelled');
  }
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'load':
      return load(request.id, request.config);
    case 'embed':
      return embed(request.id, request.texts, request.batchSize);
    case 'inspect':
      return inspect(request.id, request.text);
    case 'truncation': {
      const ready = await requireEngine();
      return post({ type: 'truncation', id: request.id, ...ready.truncation(request.texts, request.locate) });
    }
    case 'cancel':
      cancelled.add(request.target);
      return;
  }
}

self.onmessage = (message: MessageEvent<WorkerRequest>) => {
  const request = message.data;
  handle(request)
    .catch((error: unknown) => {
      const workerError =
        error instanceof CancelledError
          ? { kind: 'cancelled' as const, message: 'Cancelled' }
          : classifyError(error, fetchLog);
      post({ type: 'error', id: request.id, error: workerError });
    })
    .finally(() => {
      if (request.type !== 'cancel') cancelled.delete(request.id);
    });
};
