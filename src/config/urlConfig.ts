/**
 * Every page-URL parameter the app understands, parsed and validated in one place. Invalid values
 * are dropped (the app then uses its default) or, for addresses, kept as typed so the page can say
 * why it cannot use them, with the same messages it gives for any other unusable address.
 */
import { parseHttpUrl } from '../data/httpUrl';
import { readEngineSettings, type EngineSettings } from '../embedding/settings';

/** Build-time settings (`import.meta.env`) that parameters fall back to. */
export interface BuildDefaults {
  modelId?: string;
  modelBase?: string;
  precomputed?: string;
}

export interface PrecomputedSetting {
  /** The manifest's absolute address; as typed when it is no web address (see `webAddress`). */
  url: string;
  /** Parsed when it is an http(s) address the page may fetch. */
  webAddress?: URL;
  /** Someone asked for it (`?precomputed=` or the build): a missing manifest is then worth a message. */
  chosen: boolean;
}

export interface UrlConfig {
  engine: EngineSettings;
  /** `?workshop=1` and `?steps=a,b` (slugs as typed; the workshop keeps only real lessons). */
  workshop: WorkshopParams;
  /** `?dataset=`: a CSV address, as typed (the loader refuses non-http(s) ones with a message). */
  datasetUrl?: string;
  /** `?rows=`: a positive whole number of listings to embed once data and model are ready. */
  rows?: number;
  /** `?precomputed=`, else the build's, else `./precomputed/manifest.json` beside the app. */
  precomputed: PrecomputedSetting;
}

export interface WorkshopParams {
  enabled: boolean;
  stepSlugs: string[];
}

export function readWorkshopParams(search: string): WorkshopParams {
  const params = new URLSearchParams(search);
  return {
    enabled: params.get('workshop') === '1',
    stepSlugs: (params.get('steps') ?? '')
      .split(',')
      .map((slug) => slug.trim())
      .filter(Boolean),
  };
}

const DEFAULT_MANIFEST = './precomputed/manifest.json';

export function parseUrlConfig(search: string, baseUrl: string, build: BuildDefaults = {}): UrlConfig {
  const params = new URLSearchParams(search);
  const rows = Number(params.get('rows'));
  const chosenManifest = params.get('precomputed') || build.precomputed || undefined;
  const requested = chosenManifest ?? DEFAULT_MANIFEST;
  const webAddress = parseHttpUrl(requested, baseUrl);
  return {
    engine: readEngineSettings(search, { modelId: build.modelId, modelBase: build.modelBase }),
    workshop: readWorkshopParams(search),
    datasetUrl: params.get('dataset') || undefined,
    rows: Number.isInteger(rows) && rows > 0 ? rows : undefined,
    precomputed: { url: webAddress?.href ?? requested, webAddress, chosen: chosenManifest !== undefined },
  };
}
