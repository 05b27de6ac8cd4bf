/** What "ready offline" means, and how the header badge explains it. Pure, so it can be tested. */

export interface StoredCount {
  stored: number;
  total: number;
}

export interface OfflineCheck {
  /** The service worker's copy of the app: unsupported (no service worker here) or still installing. */
  app: StoredCount | 'unsupported' | 'installing';
  /** The active model's files in transformers.js' cache; 'not-loaded' until the model has loaded once. */
  model: (StoredCount & { modelId: string; dtype: string }) | 'not-loaded';
}

export interface OfflineVerdict {
  ready: boolean;
  label: string;
  /** Sentences for the badge's explanation, in order. */
  details: string[];
}

const complete = (count: StoredCount) => count.total > 0 && count.stored === count.total;

export function offlineVerdict({ app, model }: OfflineCheck): OfflineVerdict {
  if (app === 'unsupported') {
    return {
      ready: false,
      label: 'Online only',
      details: [
        'This browser cannot keep Embedding Lab for offline use here: service workers are off (for example in a private window, or on a site without HTTPS).',
        'Everything works while you are online.',
      ],
    };
  }
  const appLine =
    app === 'installing'
      ? 'App files: being stored…'
      : complete(app)
        ? `App files: all ${app.total} stored in this browser.`
        : `App files: ${app.stored} of ${app.total} stored.`;
  const modelLine =
    model === 'not-loaded'
      ? 'Model files: stored once the model has loaded.'
      : complete(model)
        ? `Model files (${model.modelId}, ${model.dtype}): all ${model.total} stored.`
        : `Model files (${model.modelId}, ${model.dtype}): ${model.stored} of ${model.total} stored.`;
  const ready = app !== 'installing' && complete(app) && model !== 'not-loaded' && complete(model);
  return ready
    ? {
        ready,
        label: 'Ready offline',
        details: [
          appLine,
          modelLine,
          'You can lose the network now: reloading this page and embedding text still work. Another backend or model would need a download.',
        ],
      }
    : {
        ready,
        label: 'Not yet offline',
        details: [appLine, modelLine, 'Keep this page open, online, until this says “Ready offline”.'],
      };
}
