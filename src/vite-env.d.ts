/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Model id to load instead of Xenova/all-MiniLM-L6-v2. */
  readonly VITE_MODEL_ID?: string;
  /** Base URL or same-origin path of a model mirror, e.g. `/models`. */
  readonly VITE_MODEL_BASE?: string;
  /** URL of a precomputed-vectors manifest (`npm run precompute`), instead of `./precomputed/manifest.json`. */
  readonly VITE_PRECOMPUTED?: string;
}
