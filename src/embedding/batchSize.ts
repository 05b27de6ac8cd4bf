/**
 * Texts per model call. With 256-token texts on 2 WASM threads, batches of 4–8 beat 16 and 32:
 * larger batches mean larger intermediate tensors and more cache misses (see `npm run bench`).
 */
export const DEFAULT_BATCH_SIZE = 8;
