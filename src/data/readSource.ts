/** Getting a CSV's bytes from a file or a URL, with the size limit checked before reading. */
import { MAX_CSV_BYTES, checkCsvSize, tooLarge } from './csvBytes';
import { fail, succeed, type Outcome } from './datasetError';
import { abortError } from '../workers/abort';
import { DEFAULT_STALL_MS, StallError, fetchWithStallTimeout } from '../net/stallTimeout';

export async function readFileBytes(file: File): Promise<Outcome<ArrayBuffer>> {
  const size = checkCsvSize(file.size, file.name);
  if (!size.ok) return size;
  return succeed(await file.arrayBuffer());
}

const OFFLINE_ADVICE =
  'Check the address and your connection. Or download the file some other way and load it with “Choose a CSV file”.';

/**
 * Downloads a CSV with progress. Refuses a Content-Length over the limit before reading the body,
 * and stops reading when a body without one grows past it.
 */
export async function fetchCsvBytes(
  url: string,
  name: string,
  options: {
    signal?: AbortSignal;
    onProgress?: (fraction: number | undefined) => void;
    /** Gives up after this long without a new byte. */
    stallMs?: number;
  } = {},
): Promise<Outcome<ArrayBuffer>> {
  const { signal, onProgress, stallMs = DEFAULT_STALL_MS } = options;
  const networkFailure = () =>
    fail<ArrayBuffer>({
      kind: 'network',
      problem: `Could not download “${name}”: the request failed. You may be offline, the site may be blocked on this network, or it does not allow other sites to read its files (CORS).`,
      where: url,
      advice: OFFLINE_ADVICE,
    });
  // A host that stops sending would otherwise leave “Downloading…” on screen forever.
  const stalled = (error: StallError) =>
    fail<ArrayBuffer>({
      kind: 'stalled',
      problem: `${error.message} The host stopped sending.`,
      where: url,
      advice:
        'Press Retry to download it again, or download the file some other way and load it with “Choose a CSV file”.',
    });
  let response: Response;
  try {
    response = await fetchWithStallTimeout(url, { signal }, { stallMs });
  } catch (error) {
    if (signal?.aborted) throw abortError();
    return error instanceof StallError ? stalled(error) : networkFailure();
  }
  if (!response.ok) {
    void response.body?.cancel();
    return fail({
      kind: 'http',
      problem: `Could not download “${name}”: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      where: url,
      advice:
        response.status === 404
          ? 'The file is not at that address: check the link for typos.'
          : OFFLINE_ADVICE,
    });
  }
  const declared = Number(response.headers.get('Content-Length')) || undefined;
  if (declared !== undefined) {
    const size = checkCsvSize(declared, name);
    if (!size.ok) {
      void response.body?.cancel();
      return size;
    }
  }
  if (!response.body) return succeed(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      if (received > MAX_CSV_BYTES) {
        void reader.cancel();
        return fail(tooLarge(received, name));
      }
      // A compressed download can outgrow its Content-Length: keep the bar honest at ≤ 100 %.
      onProgress?.(declared ? Math.min(received / declared, 1) : undefined);
    }
  } catch (error) {
    if (signal?.aborted) throw abortError();
    return error instanceof StallError ? stalled(error) : networkFailure();
  }
  return succeed(await new Blob(chunks).arrayBuffer());
}
