/**
 * The page's one entry point to embeddings. Starts the worker lazily, picks a backend
 * (WebGPU when an adapter exists, else WASM) and falls back to a fresh WASM worker when WebGPU
 * fails to start. Pages call `embedTexts` and `inspectText`; nobody else sees a Worker.
 */
import { DEFAULT_BATCH_SIZE } from './batchSize';
import type { EngineStatus } from './engineStatus';
import { resolveModelSource } from './modelSource';
import { runtimeFiles } from './runtimeFiles';
import type { BackendInfo, Device, Dtype, FileProgress, Inspection, LoadConfig } from './protocol';
import type { EngineSettings } from './settings';
import { connectEmbeddingWorker, EmbeddingError, type EmbeddingConnection } from './workerConnection';

export { EmbeddingError } from './workerConnection';

export { DEFAULT_BATCH_SIZE } from './batchSize';

export interface EmbedResult {
  vectors: Float32Array;
  dims: number;
  tokenCounts: Int32Array;
  ms: number;
}

export interface EmbedOptions {
  signal?: AbortSignal;
  batchSize?: number;
  /** Called as batches finish, with positions into `texts`; lets a page use partial results. */
  onBatch?: (indices: Int32Array, vectors: Float32Array, dims: number) => void;
}

type StatusListener = (status: EngineStatus) => void;

/** Requests still running in a worker that is replaced reject with an AbortError saying so. */
const REPLACED = 'The embedding worker was replaced.';

function wasmThreadCount(requested?: number): number {
  // Threads need SharedArrayBuffer, which needs cross-origin isolation (COOP/COEP headers).
  if (!self.crossOriginIsolated) return 1;
  // onnxruntime-web's default (half the cores) gave 1 thread on 2-core laptops, half the speed.
  return requested ?? Math.max(1, Math.min(navigator.hardwareConcurrency || 1, 8));
}

async function webgpuDtype(requested?: Dtype): Promise<Dtype | undefined> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<GPUAdapterLike | null> } }).gpu;
  try {
    const adapter = await gpu?.requestAdapter();
    if (!adapter) return undefined;
    return requested ?? (adapter.features.has('shader-f16') ? 'fp16' : 'fp32');
  } catch {
    return undefined;
  }
}

interface GPUAdapterLike {
  features: ReadonlySet<string>;
}

export class EmbeddingClient {
  private connection?: EmbeddingConnection;
  private ready?: Promise<BackendInfo>;
  private status: EngineStatus = { phase: 'idle' };
  private readonly listeners = new Set<StatusListener>();
  private settings: EngineSettings = { device: 'auto' };

  onStatus(listener: StatusListener): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  getStatus(): EngineStatus {
    return this.status;
  }

  /** (Re)starts the engine with these settings; a running start or job is abandoned. */
  start(settings: EngineSettings): Promise<BackendInfo> {
    this.settings = settings;
    this.connection?.terminate(REPLACED);
    this.connection = undefined;
    this.ready = this.climbLadder(settings);
    // A failed start is not cached: the next call to ensureReady starts again (Retry).
    this.ready.catch(() => {});
    return this.ready;
  }

  retry(): Promise<BackendInfo> {
    return this.start(this.settings);
  }

  async embedTexts(texts: readonly string[], options: EmbedOptions = {}): Promise<EmbedResult> {
    const connection = await this.ensureReady();
    const info = (this.status as Extract<EngineStatus, { phase: 'ready' }>).info;
    const vectors = new Float32Array(texts.length * info.dims);
    const tokenCounts = new Int32Array(texts.length);
    const done = await connection.call(
      'embed',
      { texts: [...texts], batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE },
      {
        signal: options.signal,
        onProgress: (batch) => {
          batch.indices.forEach((textIndex, k) => {
            vectors.set(batch.vectors.subarray(k * batch.dims, (k + 1) * batch.dims), textIndex * batch.dims);
            tokenCounts[textIndex] = batch.tokenCounts[k];
          });
          options.onBatch?.(batch.indices, batch.vectors, batch.dims);
        },
      },
    );
    return { vectors, dims: info.dims, tokenCounts, ms: done.ms };
  }

  async inspectText(text: string, signal?: AbortSignal): Promise<Inspection> {
    const connection = await this.ensureReady();
    return connection.call('inspect', { text }, { signal });
  }

  private async ensureReady(): Promise<EmbeddingConnection> {
    if (!this.ready || this.status.phase === 'error') this.start(this.settings);
    await this.ready;
    return this.connection!;
  }

  private setStatus(status: EngineStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }

  private async climbLadder(settings: EngineSettings): Promise<BackendInfo> {
    if (settings.device !== 'wasm') {
      const dtype = await webgpuDtype(settings.dtype);
      if (dtype) {
        try {
          return await this.load('webgpu', dtype);
        } catch (error) {
          if (settings.device === 'webgpu') throw error;
          const reason = error instanceof Error ? error.message : String(error);
          return this.load(
            'wasm',
            settings.dtype ?? 'q8',
            `WebGPU failed to start (${reason}); using WASM instead.`,
          );
        }
      }
      if (settings.device === 'webgpu') {
        const error = {
          kind: 'webgpu' as const,
          message: 'This browser offers no WebGPU adapter. Choose Auto or WASM.',
        };
        this.setStatus({ phase: 'error', device: 'webgpu', error });
        throw new EmbeddingError(error);
      }
    }
    return this.load('wasm', settings.dtype ?? 'q8');
  }

  /** Loads the model in a brand-new worker on one backend. */
  private async load(device: Device, dtype: Dtype, fallbackReason?: string): Promise<BackendInfo> {
    this.connection?.terminate(REPLACED);
    const connection = connectEmbeddingWorker();
    this.connection = connection;
    const startedAt = performance.now();
    const files: Record<string, FileProgress> = {};
    this.setStatus({ phase: 'loading', device, dtype, files: {}, startedAt, fallbackReason });
    const onProgress = (progress: FileProgress) => {
      if (this.connection !== connection) return;
      const previous = files[progress.file];
      files[progress.file] =
        progress.done && previous ? { ...previous, loaded: previous.total, done: true } : progress;
      this.setStatus({ phase: 'loading', device, dtype, files: { ...files }, startedAt, fallbackReason });
    };
    try {
      // Inside the try: a model id or base that makes no sense becomes the panel's error message.
      const config: LoadConfig = {
        source: resolveModelSource(this.settings, location.href),
        device,
        dtype,
        numThreads: wasmThreadCount(this.settings.threads),
        wasmPaths: runtimeFiles(device, location.href),
      };
      const info = await connection.call('load', config, { onProgress });
      this.setStatus({
        phase: 'ready',
        info,
        readyInMs: performance.now() - startedAt,
        fallbackReason,
      });
      return info;
    } catch (error) {
      if (this.connection === connection) {
        connection.terminate(REPLACED);
        this.connection = undefined;
        const detail =
          error instanceof EmbeddingError
            ? error.detail
            : { kind: 'internal' as const, message: String(error) };
        this.setStatus({ phase: 'error', device, error: detail, fallbackReason });
      }
      throw error;
    }
  }
}

/** The one shared client of the app. */
export const embeddingClient = new EmbeddingClient();
