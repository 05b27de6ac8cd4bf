/**
 * The one message format between the page and every worker (embedding, PCA, CSV). A worker's API
 * is a map of methods, each with its params, its final result and the progress events it may send.
 */

export interface Method<Params = unknown, Result = unknown, Progress = never> {
  params: Params;
  result: Result;
  progress: Progress;
}

export type Api = Record<string, Method<unknown, unknown, unknown>>;

/** A failure as data: `kind` lets the page explain it ('cancelled' becomes an AbortError). */
export interface RpcErrorData {
  kind: string;
  message: string;
}

export type RpcRequest =
  { type: 'request'; id: number; method: string; params: unknown } | { type: 'cancel'; id: number };

export type RpcReply =
  | { type: 'progress'; id: number; progress: unknown }
  | { type: 'result'; id: number; result: unknown }
  | { type: 'error'; id: number; error: RpcErrorData };

/** A Worker, a DedicatedWorkerGlobalScope or a MessagePort: what both ends need of their channel. */
export interface Port {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/** A value sent together with buffers that move instead of being copied. */
export class Transfer<T> {
  constructor(
    readonly value: T,
    readonly transfer: Transferable[],
  ) {}
}

/** Marks `value` to be sent with `transfer` moved (a result, or a progress event). */
export const withTransfer = <T>(value: T, transfer: Transferable[]) => new Transfer(value, transfer);
