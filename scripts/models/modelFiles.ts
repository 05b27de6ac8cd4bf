/**
 * Which files `npm run models:fetch` downloads and where they go. The file names come from the
 * app's own list (src/embedding/modelFiles.ts) and the URLs from the app's own resolver, so the
 * copy on disk is exactly what the app will request.
 */
import path from 'node:path';
import { MODEL_CONFIG_FILES, ONNX_FILES } from '../../src/embedding/modelFiles.ts';
import {
  DEFAULT_MODEL_ID,
  HUB_HOST,
  HUB_PATH_TEMPLATE,
  modelFileUrl,
} from '../../src/embedding/modelSource.ts';

/** Not read by the app, but part of the model's tokenizer; skipped when the repository lacks it. */
const OPTIONAL_FILES = ['special_tokens_map.json'];

export interface ModelDownload {
  /** Path inside the model folder, e.g. `onnx/model_quantized.onnx`. */
  file: string;
  url: string;
  /** Where it is written. */
  dest: string;
  optional: boolean;
}

export interface DownloadPlanOptions {
  modelId?: string;
  revision?: string;
  /** The folder that VITE_MODEL_BASE points at once built, default public/models. */
  outDir?: string;
  /** The hub, or a mirror with the hub's layout (huggingface_hub's HF_ENDPOINT). */
  hub?: string;
}

export function planModelDownload({
  modelId = DEFAULT_MODEL_ID,
  revision = 'main',
  outDir = 'public/models',
  hub = HUB_HOST,
}: DownloadPlanOptions = {}): ModelDownload[] {
  const source = { modelId, host: hub.endsWith('/') ? hub : `${hub}/`, pathTemplate: HUB_PATH_TEMPLATE };
  const required = [...MODEL_CONFIG_FILES, ...Object.values(ONNX_FILES)].map((file) => ({
    file,
    optional: false,
  }));
  const optional = OPTIONAL_FILES.map((file) => ({ file, optional: true }));
  return [...required, ...optional].map(({ file, optional }) => ({
    file,
    url: modelFileUrl(source, file, revision),
    dest: path.join(outDir, ...modelId.split('/'), ...file.split('/')),
    optional,
  }));
}

/** Downloads are written here first and renamed when complete, so a cut-off run leaves no half file. */
export function partialPath(dest: string): string {
  return `${dest}.part`;
}

/** Bytes already on disk for a resumed download, if the server can send the rest (a Range request). */
export function resumeHeaders(bytesOnDisk: number): Record<string, string> {
  return bytesOnDisk > 0 ? { Range: `bytes=${bytesOnDisk}-` } : {};
}

/** Whether an error from fetch() means the machine cannot reach the host at all. */
export function isUnreachable(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause;
  const code = cause?.code ?? (error as { code?: string } | undefined)?.code;
  return [
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ETIMEDOUT',
    'ECONNRESET',
    'UND_ERR_CONNECT_TIMEOUT',
  ].includes(code ?? '');
}
