/**
 * The app's one cancellation error: the platform's `AbortError` DOMException, the same thing
 * `fetch` and `AbortSignal.throwIfAborted()` throw. Every cancelled job (a worker request, a
 * download, an embedding job) rejects with it, and callers test for it one way: `isAbortError`.
 */
export function abortError(message = 'Cancelled'): DOMException {
  return new DOMException(message, 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
