/**
 * Texts per model call. For 256-token texts on 2 WASM threads, batches of 2 to 16 ran at the same
 * steady-state speed (npm run bench); 8 keeps each call short, so a cancel or a search query waits
 * little, while a long job still pays little per-call overhead.
 */
export const DEFAULT_BATCH_SIZE = 8;
