/** The page's URL parameters, read once when the app starts (see urlConfig.ts for each one). */
import { parseUrlConfig, type BuildDefaults } from './urlConfig';

export type { BuildDefaults, PrecomputedSetting, UrlConfig } from './urlConfig';

/** The deployer's choices at build time: never "outside sources" (src/app/sources). */
export const buildDefaults: BuildDefaults = {
  modelId: import.meta.env.VITE_MODEL_ID,
  modelBase: import.meta.env.VITE_MODEL_BASE,
  precomputed: import.meta.env.VITE_PRECOMPUTED,
};

export const urlConfig = parseUrlConfig(location.search, document.baseURI, buildDefaults);
