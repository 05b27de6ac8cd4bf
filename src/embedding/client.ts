/**
 * The page's one entry point to embeddings. Starts the worker lazily, picks a backend (see
 * backendChoice.ts: by measurement for `auto`) and falls back to a fresh WASM worker when WebGPU
 * fails to start. Pages call `embedTexts` and `inspectText`; nobody else sees a Worker.
 */
import { DEFAULT_BATCH_SIZE } from './batchSize';
import { climbLadder, type LadderHost } from './backendLadder';
import type { EngineStatus } from './engineStatus';
import { diagnoseModelFiles, evictModel } from './modelFileCheck';
import { resolveModelSource } from './modelSource';
import { loadConfig } from './loadConfig';
import type { BackendInfo, Device, Dtype, FileProgress, Inspection, WorkerError } from './protocol';
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

const isBadModel = (error: unknown) => error instanceof EmbeddingError && error.detail.kind === 'bad-model';

export class EmbeddingClient {
  private connection?: EmbeddingConnection;
  private ready?: Promise<BackendInfo>;
  private status: EngineStatus = { phase: 'idle' };
  private readonly listeners = new Set<StatusListener>();
  private settings: EngineSettings = { device: 'auto' };
  /** Requests in flight per connection: a connection replaced after calibration ends when it is idle. */
  private readonly busy = new Map<EmbeddingConnection, number>();
  private readonly retired = new Set<EmbeddingConnection>();
  /** Counts starts: work of an older start (a late calibration, say) must not touch the new one. */
  private generation = 0;

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
    this.ready = climbLadder(this.ladderHost(++this.generation));
    // A failed start is not cached: the next call to ensureReady starts again (Retry).
    this.ready.catch(() => {});
    return this.ready;
  }

  retry(): Promise<BackendInfo> {
    return this.start(this.settings);
  }

  /** Stops a load (a stalled download, say); nothing happens until the next start or Retry. */
  cancel(): void {
    this.connection?.terminate();
    this.connection = undefined;
    this.ready = undefined;
    this.generation++;
    this.setStatus({ phase: 'idle', cancelled: true });
  }

  /** Deletes this model's stored files, then loads again: the way out of a damaged download. */
  async clearStoredModelAndRetry(): Promise<BackendInfo> {
    this.connection?.terminate();
    this.connection = undefined;
    await evictModel(resolveModelSource(this.settings, location.href));
    return this.start(this.settings);
  }

  async embedTexts(texts: readonly string[], options: EmbedOptions = {}): Promise<EmbedResult> {
    const connection = await this.ensureReady();
    const info = (this.status as Extract<EngineStatus, { phase: 'ready' }>).info;
    const vectors = new Float32Array(texts.length * info.dims);
    const tokenCounts = new Int32Array(texts.length);
    const done = await this.tracked(connection, () =>
      connection.call(
        'embed',
        { texts: [...texts], batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE },
        {
          signal: options.signal,
          onProgress: (batch) => {
            batch.indices.forEach((textIndex, k) => {
              vectors.set(
                batch.vectors.subarray(k * batch.dims, (k + 1) * batch.dims),
                textIndex * batch.dims,
              );
              tokenCounts[textIndex] = batch.tokenCounts[k];
            });
            options.onBatch?.(batch.indices, batch.vectors, batch.dims);
          },
        },
      ),
    );
    return { vectors, dims: info.dims, tokenCounts, ms: done.ms };
  }

  async inspectText(text: string, signal?: AbortSignal): Promise<Inspection> {
    const connection = await this.ensureReady();
    return this.tracked(connection, () => connection.call('inspect', { text }, { signal }));
  }

  /** Word-piece counts of `texts` and, with `locate`, the character offset of each one's cut. */
  async truncationOf(
    texts: readonly string[],
    locate: boolean,
    signal?: AbortSignal,
  ): Promise<{ counts: Int32Array; cuts: Int32Array }> {
    const connection = await this.ensureReady();
    return connection.call('truncation', { texts: [...texts], locate }, { signal });
  }

  private async ensureReady(): Promise<EmbeddingConnection> {
    if (!this.ready || this.status.phase === 'error' || this.status.phase === 'idle')
      this.start(this.settings);
    await this.ready;
    return this.connection!;
  }

  private setStatus(status: EngineStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }

  /** Counts a request against its connection, so a replaced connection is ended only when idle. */
  private tracked<T>(connection: EmbeddingConnection, call: () => Promise<T>): Promise<T> {
    this.busy.set(connection, (this.busy.get(connection) ?? 0) + 1);
    return call().finally(() => {
      const left = (this.busy.get(connection) ?? 1) - 1;
      this.busy.set(connection, left);
      if (left === 0) this.endIfRetired(connection);
    });
  }

  private endIfRetired(connection: EmbeddingConnection): void {
    if (!this.retired.has(connection) || (this.busy.get(connection) ?? 0) > 0) return;
    this.retired.delete(connection);
    this.busy.delete(connection);
    connection.terminate();
  }

  /** What the backend ladder (backendLadder.ts) may do with this client. */
  private ladderHost(generation: number): LadderHost {
    return {
      settings: this.settings,
      load: (device, dtype, reason) => this.loadRepairing(device, dtype, reason),
      fail: (error: WorkerError) => {
        this.setStatus({ phase: 'error', device: 'webgpu', error });
        return new EmbeddingError(error);
      },
      running: () =>
        this.generation === generation && this.connection && this.status.phase === 'ready'
          ? { connection: this.connection, info: this.status.info }
          : undefined,
      openWorker: (device, dtype) => this.openWorker(device, dtype),
      settle: (running, chosen, reason) => {
        if (this.generation !== generation || this.connection !== running.connection) return false;
        if (chosen.connection !== running.connection) {
          this.connection = chosen.connection;
          this.retired.add(running.connection);
          this.endIfRetired(running.connection);
        }
        const readyInMs = this.status.phase === 'ready' ? this.status.readyInMs : 0;
        this.setStatus({ phase: 'ready', info: chosen.info, readyInMs, reason });
        return true;
      },
    };
  }

  /**
   * Loads; when a model file turns out damaged, clears the stored copy and downloads once more.
   * A load that still fails is explained: which file is missing or damaged, at which URL.
   */
  private async loadRepairing(device: Device, dtype: Dtype, reason?: string): Promise<BackendInfo> {
    const attempt = this.generation;
    let failure: unknown;
    try {
      return await this.load(device, dtype, reason);
    } catch (error) {
      failure = error;
    }
    if (isBadModel(failure)) {
      await evictModel(resolveModelSource(this.settings, location.href));
      try {
        return await this.load(device, dtype, reason);
      } catch (error) {
        failure = error;
      }
    }
    const detail = failure instanceof EmbeddingError ? failure.detail : undefined;
    const source = detail && EXPLAINED.has(detail.kind) ? sourceOrUndefined(this.settings) : undefined;
    const diagnosis =
      source && detail && (await diagnoseModelFiles(source, dtype, detail).catch(() => undefined));
    if (!diagnosis) throw failure;
    if (this.generation === attempt && this.status.phase === 'error') {
      this.setStatus({ ...this.status, error: diagnosis });
    }
    throw new EmbeddingError(diagnosis);
  }

  /** A brand-new worker with the model loaded on one backend; reports nothing to the page. */
  private async openWorker(
    device: Device,
    dtype: Dtype,
  ): Promise<{ connection: EmbeddingConnection; info: BackendInfo }> {
    const connection = connectEmbeddingWorker();
    try {
      return { connection, info: await this.loadIn(connection, device, dtype) };
    } catch (error) {
      connection.terminate();
      throw error;
    }
  }

  private async loadIn(
    connection: EmbeddingConnection,
    device: Device,
    dtype: Dtype,
    onProgress?: (progress: FileProgress) => void,
  ): Promise<BackendInfo> {
    // Inside the caller's try: a model id or base that makes no sense becomes the panel's error message.
    const config = loadConfig(this.settings, device, dtype);
    return connection.call('load', config, { onProgress });
  }

  /** Loads the model in a brand-new worker on one backend, showing its progress. */
  private async load(device: Device, dtype: Dtype, reason?: string): Promise<BackendInfo> {
    this.connection?.terminate(REPLACED);
    const connection = connectEmbeddingWorker();
    this.connection = connection;
    const startedAt = performance.now();
    const files: Record<string, FileProgress> = {};
    this.setStatus({ phase: 'loading', device, dtype, files: {}, startedAt, reason });
    const onProgress = (progress: FileProgress) => {
      if (this.connection !== connection) return;
      const previous = files[progress.file];
      files[progress.file] =
        progress.done && previous ? { ...previous, loaded: previous.total, done: true } : progress;
      this.setStatus({ phase: 'loading', device, dtype, files: { ...files }, startedAt, reason });
    };
    try {
      const info = await this.loadIn(connection, device, dtype, onProgress);
      this.setStatus({ phase: 'ready', info, readyInMs: performance.now() - startedAt, reason });
      return info;
    } catch (error) {
      if (this.connection === connection) {
        connection.terminate(REPLACED);
        this.connection = undefined;
        const detail =
          error instanceof EmbeddingError
            ? error.detail
            : { kind: 'internal' as const, message: String(error) };
        this.setStatus({ phase: 'error', device, error: detail, reason });
      }
      throw error;
    }
  }
}

/** Failures worth checking the model's files for (not an unreachable host or a GPU problem). */
const EXPLAINED = new Set(['not-found', 'bad-model', 'internal']);

function sourceOrUndefined(settings: EngineSettings) {
  try {
    return resolveModelSource(settings, location.href);
  } catch {
    return undefined;
  }
}

/** The one shared client of the app. */
export const embeddingClient = new EmbeddingClient();
