/**
 * The page's end of a worker: typed calls with ids, progress callbacks, transfer lists and
 * cancellation through AbortSignal. Callers never touch postMessage.
 */
import { abortError } from './abort';
import type { Api, Port, RpcErrorData, RpcReply, RpcRequest } from './rpcProtocol';

export interface CallOptions<Progress> {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Buffers inside `params` to move to the worker (the caller must not use them afterwards). */
  transfer?: Transferable[];
}

/** A request the worker refused or failed: its error as data, plus a stack for the console. */
export class RpcError extends Error {
  constructor(readonly detail: RpcErrorData) {
    super(detail.message);
    this.name = 'RpcError';
  }
}

interface Pending {
  onProgress?: (progress: unknown) => void;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

export class RpcClient<A extends Api> {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /**
   * `toError` turns a worker's error data into what callers catch (e.g. the embedding layer's
   * EmbeddingError); `terminate` ends the worker behind the port.
   */
  constructor(
    private readonly port: Port & { onerror?: ((event: ErrorEvent) => void) | null },
    private readonly options: { toError?: (detail: RpcErrorData) => Error; terminate?: () => void } = {},
  ) {
    port.onmessage = (event: MessageEvent<RpcReply>) => this.receive(event.data);
    if ('onerror' in port) {
      port.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        this.failAll(this.toError({ kind: 'internal', message: event.message || 'The worker stopped.' }));
      };
    }
  }

  /**
   * Calls `method`; progress events go to `onProgress`, the result resolves the promise. Aborting
   * the signal tells the worker to stop and rejects at once with an AbortError.
   */
  call<M extends keyof A & string>(
    method: M,
    params: A[M]['params'],
    options: CallOptions<A[M]['progress']> = {},
  ): Promise<A[M]['result']> {
    const { signal } = options;
    if (signal?.aborted) return Promise.reject(abortError());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.send({ type: 'cancel', id });
        this.settle(id, (pending) => pending.reject(abortError()));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done =
        <T>(finish: (value: T) => void) =>
        (value: T) => {
          signal?.removeEventListener('abort', onAbort);
          finish(value);
        };
      this.pending.set(id, {
        onProgress: options.onProgress as ((progress: unknown) => void) | undefined,
        resolve: done(resolve as (value: unknown) => void),
        reject: done(reject),
      });
      this.send({ type: 'request', id, method, params }, options.transfer);
    });
  }

  /** Ends the worker; calls still waiting reject with an AbortError. */
  terminate(reason = 'The worker was closed.'): void {
    this.options.terminate?.();
    this.failAll(abortError(reason));
  }

  private send(request: RpcRequest, transfer: Transferable[] = []): void {
    this.port.postMessage(request, transfer);
  }

  private receive(reply: RpcReply): void {
    if (reply.type === 'progress') return this.pending.get(reply.id)?.onProgress?.(reply.progress);
    this.settle(reply.id, (pending) =>
      reply.type === 'result' ? pending.resolve(reply.result) : pending.reject(this.toError(reply.error)),
    );
  }

  /** Ends a call once; a late reply to a cancelled call finds nothing and is dropped. */
  private settle(id: number, finish: (pending: Pending) => void): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    finish(pending);
  }

  private failAll(error: Error): void {
    for (const id of [...this.pending.keys()]) this.settle(id, (pending) => pending.reject(error));
  }

  private toError(detail: RpcErrorData): Error {
    if (detail.kind === 'cancelled') return abortError(detail.message);
    return this.options.toError?.(detail) ?? new RpcError(detail);
  }
}
