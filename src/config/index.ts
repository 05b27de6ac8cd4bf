/** The page's URL parameters, read once when the app starts (see urlConfig.ts for each one). */
import { parseUrlConfig } from './urlConfig';

export type { PrecomputedSetting, UrlConfig } from './urlConfig';

export const urlConfig = parseUrlConfig(location.search, document.baseURI, {
  modelId: import.meta.env.VITE_MODEL_ID,
  modelBase: import.meta.env.VITE_MODEL_BASE,
  precomputed: import.meta.env.VITE_PRECOMPUTED,
});
