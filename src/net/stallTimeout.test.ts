import { describe, expect, it } from 'vitest';
import { fetchWithStallTimeout, StallError } from './stallTimeout';

/** A response that sends `chunks` and then, if `stopAfter`, never sends another byte. */
function fakeFetch(chunks: Uint8Array[], { hang = false, headersHang = false } = {}): typeof fetch {
  return (_input, init) =>
    new Promise<Response>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error));
      if (headersHang) return;
      let i = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(stream) {
          if (i < chunks.length) return stream.enqueue(chunks[i++]);
          if (!hang) return stream.close();
          return new Promise<void>(() => {}); // a silent socket
        },
      });
      const total = chunks.reduce((sum, c) => sum + c.byteLength, 0) * (hang ? 2 : 1);
      resolve(new Response(body, { headers: { 'content-length': String(total) } }));
    });
}

describe('fetchWithStallTimeout', () => {
  it('passes a complete download through unchanged', async () => {
    const response = await fetchWithStallTimeout('http://x/a.bin', undefined, {
      stallMs: 50,
      fetchImpl: fakeFetch([new Uint8Array([1, 2]), new Uint8Array([3])]),
    });
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('fails with the bytes received when the body stops halfway', async () => {
    const response = await fetchWithStallTimeout('http://x/model.onnx', undefined, {
      stallMs: 30,
      fetchImpl: fakeFetch([new Uint8Array(1_788_601)], { hang: true }),
    });
    const error = await response.arrayBuffer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StallError);
    expect((error as StallError).message).toBe(
      'The download of http://x/model.onnx stopped at 1.7 MB of 3.4 MB: nothing arrived for 0 s.',
    );
    expect((error as StallError).loaded).toBe(1_788_601);
  });

  it('fails when the headers never come', async () => {
    const error = await fetchWithStallTimeout('http://x/a.csv', undefined, {
      stallMs: 30,
      fetchImpl: fakeFetch([], { headersHang: true }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StallError);
    expect((error as StallError).loaded).toBe(0);
  });

  it('a caller abort is not reported as a stall', async () => {
    const controller = new AbortController();
    const pending = fetchWithStallTimeout(
      'http://x/a.csv',
      { signal: controller.signal },
      { stallMs: 1000, fetchImpl: fakeFetch([], { headersHang: true }) },
    );
    controller.abort(new Error('user cancelled'));
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(StallError);
    expect((error as Error).message).toBe('user cancelled');
  });
});
