/**
 * The layout of a lab folder (`npm run lab:prepare`) and the check that it is complete
 * (`npm run lab:check`). The folder is everything a lab network needs, with no internet:
 *
 *   <out>/site/                 the web root: the built app, with the model as its default
 *   <out>/site/models/<id>/     the model files, served from the app's own origin
 *   <out>/site/precomputed/     vectors for the built-in dataset (and others given), for instant search
 *   <out>/server/               nginx and Apache configs with the app's headers
 *   <out>/lab.json              what was prepared, with every file's size, for the check
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MODEL_CONFIG_FILES, ONNX_FILES } from '../../src/embedding/modelFiles.ts';
import { parseManifest } from '../../src/data/precomputed.ts';

export const LAB_MANIFEST = 'lab.json';

/** What WASM, the lab's usual backend, loads: the config files and the q8 weights. */
export const REQUIRED_MODEL_FILES: readonly string[] = [...MODEL_CONFIG_FILES, ONNX_FILES.q8];
/** Copied too when the model folder has them (WebGPU asks for fp16 or fp32). */
export const OPTIONAL_MODEL_FILES: readonly string[] = [
  ONNX_FILES.fp32,
  ONNX_FILES.fp16,
  'special_tokens_map.json',
];

export interface LabManifest {
  version: 1;
  modelId: string;
  /** Dataset file names with precomputed vectors. */
  datasets: string[];
  /** Every file in the folder (relative, '/'-separated) and its size in bytes. */
  files: Record<string, number>;
}

const modelPath = (modelId: string, file: string) => `site/models/${modelId}/${file}`;

/** The files a complete lab folder must have, whatever lab.json says. */
export function requiredFiles(modelId: string): string[] {
  return [
    'site/index.html',
    'site/sw.js',
    'site/_headers',
    'site/precomputed/manifest.json',
    'server/nginx/embedding-lab.conf',
    'server/apache/.htaccess',
    ...REQUIRED_MODEL_FILES.map((file) => modelPath(modelId, file)),
  ];
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/** Problems that make the folder incomplete; empty when it is ready to serve. */
export async function checkLabFolder(dir: string): Promise<string[]> {
  let manifest: LabManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, LAB_MANIFEST), 'utf8')) as LabManifest;
  } catch (error) {
    return [
      `${path.join(dir, LAB_MANIFEST)} is missing or unreadable (${(error as Error).message}): run lab:prepare again.`,
    ];
  }
  const problems: string[] = [];
  for (const file of requiredFiles(manifest.modelId))
    if ((await sizeOf(path.join(dir, file))) === undefined) problems.push(`missing: ${file}`);
  for (const [file, bytes] of Object.entries(manifest.files)) {
    const size = await sizeOf(path.join(dir, file));
    if (size !== undefined && size !== bytes)
      problems.push(`${file} has ${size} bytes, but was ${bytes} when prepared (cut off while copying?)`);
    else if (size === undefined && !problems.includes(`missing: ${file}`)) problems.push(`missing: ${file}`);
  }
  try {
    const vectors = parseManifest(
      JSON.parse(await readFile(path.join(dir, 'site/precomputed/manifest.json'), 'utf8')),
    );
    for (const dataset of manifest.datasets) {
      const entry = vectors.entries.find((e) => e.dataset === dataset && e.modelId === manifest.modelId);
      if (!entry) problems.push(`no precomputed vectors for ${dataset} with ${manifest.modelId}`);
    }
  } catch (error) {
    if (!problems.includes('missing: site/precomputed/manifest.json'))
      problems.push(`site/precomputed/manifest.json is not readable: ${(error as Error).message}`);
  }
  return problems;
}
