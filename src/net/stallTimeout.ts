/**
 * fetch() that gives up when a download stops moving: no response headers, or no new bytes, for
 * `stallMs`. A host that stops halfway otherwise leaves the reader waiting forever. The body error
 * is a StallError that says which address stopped and how far it got.
 */
import { formatBytes } from '../components/format';

/** How long a download may go without a new byte before it counts as stalled. */
export const DEFAULT_STALL_MS = 30_000;

export class StallError extends Error {
  constructor(
    readonly url: string,
    readonly loaded: number,
    readonly total: number,
    readonly stallMs: number,
  ) {
    const got = total > 0 ? `${formatBytes(loaded)} of ${formatBytes(total)}` : formatBytes(loaded);
    super(`The download of ${url} stopped at ${got}: nothing arrived for ${Math.round(stallMs / 1000)} s.`);
    this.name = 'StallError';
  }
}

export interface StallOptions {
  stallMs: number;
  fetchImpl?: typeof fetch;
}

export async function fetchWithStallTimeout(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  { stallMs, fetchImpl = fetch }: StallOptions,
): Promise<Response> {
  const url = String(input instanceof Request ? input.url : input);
  const controller = new AbortController();
  init?.signal?.addEventListener('abort', () => controller.abort(init.signal?.reason), { once: true });
  let loaded = 0;
  let total = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new StallError(url, loaded, total, stallMs)), stallMs);
  };
  arm();
  let response: Response;
  try {
    response = await fetchImpl(input, { ...init, signal: controller.signal });
  } catch (error) {
    clearTimeout(timer);
    throw controller.signal.reason instanceof StallError ? controller.signal.reason : error;
  }
  if (!response.body) {
    clearTimeout(timer);
    return response;
  }
  total = Number(response.headers.get('content-length') ?? 0);
  const reader = response.body.getReader();
  const stalled = aborted(controller.signal);
  stalled.catch(() => {});
  const body = new ReadableStream<Uint8Array>({
    async pull(stream) {
      arm();
      try {
        const chunk = await Promise.race([reader.read(), stalled]);
        if (chunk.done) {
          clearTimeout(timer);
          stream.close();
          return;
        }
        loaded += chunk.value.byteLength;
        stream.enqueue(chunk.value);
      } catch (error) {
        clearTimeout(timer);
        stream.error(controller.signal.reason instanceof StallError ? controller.signal.reason : error);
      }
    },
    cancel(reason) {
      clearTimeout(timer);
      return reader.cancel(reason);
    },
  });
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** Rejects when the signal aborts: a reader stuck on a silent socket does not always notice. */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}
