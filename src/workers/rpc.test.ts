import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { isAbortError } from './abort';
import { RpcClient, RpcError } from './rpcClient';
import type { Method, Port } from './rpcProtocol';
import { withTransfer } from './rpcProtocol';
import { serveRpc } from './rpcServer';

/** A worker's API as the app writes them: params, result and progress per method. */
type TestApi = {
  double: Method<{ values: Float32Array }, Float32Array, number>;
  wait: Method<{ ms: number }, string>;
  fail: Method<{ why: string }, never>;
};

const channels: MessagePort[] = [];
afterEach(() => channels.splice(0).forEach((port) => port.close()));

/** A client and a server joined by a MessageChannel, as a page and its worker are. */
function connect(handlers: Parameters<typeof serveRpc<TestApi>>[1]) {
  const { port1, port2 } = new MessageChannel();
  channels.push(port1, port2);
  serveRpc<TestApi>(port2 as unknown as Port, handlers, (error) => ({
    kind: 'bad-input',
    message: `classified: ${(error as Error).message}`,
  }));
  return new RpcClient<TestApi>(port1 as unknown as Port);
}

const handlers: Parameters<typeof serveRpc<TestApi>>[1] = {
  double: ({ values }, { progress }) => {
    const result = values.map((x) => x * 2);
    for (let i = 1; i <= values.length; i++) progress(i / values.length);
    return withTransfer(result, [result.buffer]);
  },
  wait: async ({ ms }, { signal }) => {
    const started = Date.now();
    while (Date.now() - started < ms) {
      signal.throwIfAborted();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return 'waited';
  },
  fail: ({ why }) => {
    throw new Error(why);
  },
};

describe('worker RPC over a MessageChannel', () => {
  it('answers a typed call, with its progress events, and moves transferred buffers', async () => {
    const client = connect(handlers);
    const values = Float32Array.of(1, 2, 3, 4);
    const seen: number[] = [];
    const result = await client.call(
      'double',
      { values },
      { onProgress: (p) => seen.push(p), transfer: [values.buffer] },
    );
    expect(Array.from(result)).toEqual([2, 4, 6, 8]);
    expect(seen).toEqual([0.25, 0.5, 0.75, 1]);
    expect(values.byteLength).toBe(0); // moved to the worker, not copied
  });

  it('keeps concurrent calls apart by id', async () => {
    const client = connect(handlers);
    const [slow, fast] = await Promise.all([
      client.call('wait', { ms: 40 }),
      client.call('double', { values: Float32Array.of(5) }),
    ]);
    expect(slow).toBe('waited');
    expect(Array.from(fast)).toEqual([10]);
  });

  it('returns a failure as data with its kind', async () => {
    const client = connect(handlers);
    const error = await client.call('fail', { why: 'no rows' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RpcError);
    expect((error as RpcError).detail).toEqual({ kind: 'bad-input', message: 'classified: no rows' });
  });

  it('rejects a cancelled call with an AbortError at once, and the worker sees its signal aborted', async () => {
    let workerSawAbort = false;
    const client = connect({
      ...handlers,
      wait: async (_params, { signal }) => {
        await new Promise((resolve) => signal.addEventListener('abort', resolve));
        workerSawAbort = true;
        return 'too late';
      },
    });
    const controller = new AbortController();
    const call = client.call('wait', { ms: 10_000 }, { signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toSatisfy(isAbortError);
    await expect.poll(() => workerSawAbort).toBe(true);
    // The channel still works after a cancel.
    expect(Array.from(await client.call('double', { values: Float32Array.of(1) }))).toEqual([2]);
  });

  it('rejects with an AbortError when the signal was aborted before the call', async () => {
    const client = connect(handlers);
    await expect(client.call('wait', { ms: 1 }, { signal: AbortSignal.abort() })).rejects.toSatisfy(
      isAbortError,
    );
  });

  it('rejects waiting calls with an AbortError when the worker is terminated', async () => {
    let terminated = false;
    const { port1, port2 } = new MessageChannel();
    channels.push(port1, port2);
    serveRpc<TestApi>(port2 as unknown as Port, handlers);
    const client = new RpcClient<TestApi>(port1 as unknown as Port, { terminate: () => (terminated = true) });
    const call = client.call('wait', { ms: 10_000 });
    client.terminate();
    await expect(call).rejects.toSatisfy(isAbortError);
    expect(terminated).toBe(true);
  });

  it('names a method the worker does not have', async () => {
    const client = connect({ ...handlers, fail: undefined as never });
    await expect(client.call('fail', { why: '' })).rejects.toThrow(
      'classified: This worker has no method “fail”.',
    );
  });
});

describe('isAbortError', () => {
  it('recognises the platform’s AbortError and nothing else', () => {
    expect(isAbortError(AbortSignal.abort().reason)).toBe(true);
    expect(isAbortError(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isAbortError(new Error('Cancelled'))).toBe(false);
    expect(isAbortError(new DOMException('x', 'TimeoutError'))).toBe(false);
  });
});
