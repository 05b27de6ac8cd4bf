/** Getting a CSV's bytes from a file or a URL, with the size limit checked before reading. */
import { MAX_CSV_BYTES, checkCsvSize, tooLarge } from './csvBytes';
import { fail, succeed, type Outcome } from './datasetError';
import { abortError } from '../workers/abort';

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
  options: { signal?: AbortSignal; onProgress?: (fraction: number | undefined) => void } = {},
): Promise<Outcome<ArrayBuffer>> {
  const { signal, onProgress } = options;
  const networkFailure = () =>
    fail<ArrayBuffer>({
      kind: 'network',
      problem: `Could not download “${name}”: the request failed. You may be offline, the site may be blocked on this network, or it does not allow other sites to read its files (CORS).`,
      where: url,
      advice: OFFLINE_ADVICE,
    });
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    if (signal?.aborted) throw abortError();
    return networkFailure();
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
  } catch {
    if (signal?.aborted) throw abortError();
    return networkFailure();
  }
  return succeed(await new Blob(chunks).arrayBuffer());
}
