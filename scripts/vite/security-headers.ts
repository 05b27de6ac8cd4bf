/**
 * The HTTP headers the app needs, defined once. The dev and preview servers send them, the build
 * writes them to dist/_headers and into the service worker (which adds them when a host sends
 * none), and the nginx and Apache examples in deploy/ are generated from them.
 */

import { DEFAULT_MODEL_ID, HUB_HOST } from '../../src/embedding/modelSource.ts';

/** COOP/COEP make the page cross-origin isolated, which SharedArrayBuffer (multi-threaded WASM) needs. */
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'same-origin',
} as const;

/**
 * Where the app downloads from besides its own origin. On the hub only the model's own folder
 * (hubModelPath): other people's models there stay blocked. The hub answers large files with a
 * redirect to its content-addressed CDN, whose paths cannot be known ahead (CSP ignores the path
 * after a redirect anyway), so the CDN hosts are allowed whole. The dataset host stays whole too:
 * students may load any CSV published on GitHub.
 */
export const CONNECT_HOSTS = [
  'https://*.huggingface.co',
  'https://*.hf.co',
  'https://raw.githubusercontent.com',
] as const;

/** The hub folder of one model: a path source (trailing slash: that folder and below). */
export function hubModelPath(modelId: string = DEFAULT_MODEL_ID): string {
  return `${HUB_HOST}${modelId}/`;
}

export interface CspOptions {
  /** The build's VITE_MODEL_BASE: when it is a full URL, that folder may be downloaded from too. */
  modelBase?: string;
  /** The build's VITE_MODEL_ID: its hub folder may be downloaded from (default all-MiniLM-L6-v2). */
  modelId?: string;
  /** Dev server only: the nonce Vite puts on its inline React Refresh script and injected styles. */
  nonce?: string;
  /** Dev and preview only: where the browser reports violations (the e2e tests read them). */
  reportUri?: string;
}

/** The folder of a full http(s) URL, as a path source; nothing for a same-origin path like `/models`. */
export function mirrorFolder(modelBase: string | undefined): string[] {
  if (!modelBase || !/^https?:\/\//i.test(modelBase.trim())) return [];
  const url = new URL(modelBase.trim());
  return [`${url.origin}${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}`];
}

export function contentSecurityPolicy({ modelBase, modelId, nonce, reportUri }: CspOptions = {}): string {
  const nonceSource = nonce ? [`'nonce-${nonce}'`] : [];
  const connect = [
    ...new Set(["'self'", hubModelPath(modelId || undefined), ...CONNECT_HOSTS, ...mirrorFolder(modelBase)]),
  ];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    // WebAssembly.compile needs 'wasm-unsafe-eval'; nothing else is evaluated.
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...nonceSource]],
    // The embedding worker and onnxruntime's thread workers are same-origin files, never blob: URLs.
    ['worker-src', ["'self'"]],
    ['connect-src', connect],
    // React sets style={{…}} through the CSSOM, which style-src does not restrict.
    ['style-src', ["'self'", ...nonceSource]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  if (reportUri) directives.push(['report-uri', [reportUri]]);
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Every header the app's responses should carry. */
export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  return { ...ISOLATION_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(options) };
}
