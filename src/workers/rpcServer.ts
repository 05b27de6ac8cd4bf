/**
 * The worker's end: runs one handler per request, each with its own AbortSignal (aborted when the
 * page cancels), a way to send progress, and its failures sent back as data.
 */
import { isAbortError } from './abort';
import {
  Transfer,
  type Api,
  type Port,
  type RpcErrorData,
  type RpcReply,
  type RpcRequest,
} from './rpcProtocol';

export interface HandlerContext<Progress> {
  signal: AbortSignal;
  /** Sends a progress event; wrap it with `withTransfer` to move its buffers. */
  progress: (progress: Progress | Transfer<Progress>) => void;
}

export type Handlers<A extends Api> = {
  [M in keyof A]: (
    params: A[M]['params'],
    context: HandlerContext<A[M]['progress']>,
  ) => Promise<A[M]['result'] | Transfer<A[M]['result']>> | A[M]['result'] | Transfer<A[M]['result']>;
};

const defaultClassify = (error: unknown): RpcErrorData => ({
  kind: 'internal',
  message: error instanceof Error ? error.message : String(error),
});

/** Serves `handlers` on `port` (a worker's `self`). `classify` turns a thrown error into data. */
export function serveRpc<A extends Api>(
  port: Port,
  handlers: Handlers<A>,
  classify: (error: unknown) => RpcErrorData = defaultClassify,
): void {
  const running = new Map<number, AbortController>();
  const post = (reply: RpcReply, transfer: Transferable[] = []) => port.postMessage(reply, transfer);
  const unwrap = <T>(value: T | Transfer<T>): [T, Transferable[]] =>
    value instanceof Transfer ? [value.value, value.transfer] : [value, []];

  port.onmessage = (event: MessageEvent<RpcRequest>) => {
    const request = event.data;
    if (request.type === 'cancel') return running.get(request.id)?.abort();
    const { id, method } = request;
    const controller = new AbortController();
    running.set(id, controller);
    const handler = handlers[method] as Handlers<Api>[string] | undefined;
    const context: HandlerContext<unknown> = {
      signal: controller.signal,
      progress: (progress) => {
        const [value, transfer] = unwrap(progress);
        post({ type: 'progress', id, progress: value }, transfer);
      },
    };
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`This worker has no method “${method}”.`);
        return handler(request.params, context);
      })
      .then((result) => {
        controller.signal.throwIfAborted();
        const [value, transfer] = unwrap(result);
        post({ type: 'result', id, result: value }, transfer);
      })
      .catch((error: unknown) => {
        const cancelled = controller.signal.aborted || isAbortError(error);
        post({
          type: 'error',
          id,
          error: cancelled ? { kind: 'cancelled', message: 'Cancelled' } : classify(error),
        });
      })
      .finally(() => running.delete(id));
  };
}
