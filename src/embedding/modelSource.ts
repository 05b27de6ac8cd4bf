import { parseHttpUrl } from '../data/httpUrl';
import type { ModelSource } from './protocol';
import { EmbeddingError } from './workerConnection';

export const DEFAULT_MODEL_ID = 'Xenova/all-MiniLM-L6-v2';
export const HUB_HOST = 'https://huggingface.co/';
export const HUB_PATH_TEMPLATE = '{model}/resolve/{revision}/';

/**
 * Where to load the model from. Without a base it is the Hugging Face hub; with one (a same-origin
 * path like `/models` or a full URL of a mirror) files are read from `<base>/<model>/…`.
 * Both go through transformers.js' remote loader, so the code path is the same for every source.
 */
export function resolveModelSource(
  options: { modelBase?: string | null; modelId?: string | null },
  pageUrl: string,
): ModelSource {
  const modelId = options.modelId?.trim() || DEFAULT_MODEL_ID;
  if (!MODEL_ID.test(modelId) || modelId.includes('..')) {
    throw badSource(
      `“${modelId}” is not a model id. Ids look like Xenova/all-MiniLM-L6-v2: letters, digits, - _ . and at most one /.`,
    );
  }
  const base = options.modelBase?.trim();
  if (!base) return { modelId, host: HUB_HOST, pathTemplate: HUB_PATH_TEMPLATE };
  const host = parseHttpUrl(base.endsWith('/') ? base : `${base}/`, pageUrl);
  if (!host) {
    throw badSource(
      `“${base}” is not a place to load a model from. Use a path on this site (/models) or an https:// address.`,
    );
  }
  return { modelId, host: host.href, pathTemplate: '{model}/' };
}

/** A hub-style id: `name` or `owner/name`. */
const MODEL_ID = /^(?:[A-Za-z0-9][\w.-]*\/)?[A-Za-z0-9][\w.-]*$/;

const badSource = (message: string) => new EmbeddingError({ kind: 'bad-model', message });

/** The URL of one model file, as transformers.js will request it. */
export function modelFileUrl(source: ModelSource, file: string, revision = 'main'): string {
  const folder = source.pathTemplate
    .replaceAll('{model}', source.modelId)
    .replaceAll('{revision}', encodeURIComponent(revision));
  return new URL(folder + file, source.host).href;
}
