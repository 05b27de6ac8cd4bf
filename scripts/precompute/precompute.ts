/**
 * Embeds a dataset ahead of time, in Node, so a class can search at once ("instant mode"):
 *
 *   npm run precompute -- --dataset public/data/job-listings.csv --model Xenova/all-MiniLM-L6-v2 \
 *     [--modelBase fixtures/models] [--dtype q8|fp32] [--rows 500] [--out public/precomputed]
 *
 * The CSV is read by the app's own code (decoding, columns, listings) and embedded by the same
 * EmbeddingEngine as the browser (tokenizer, truncation to 256, mean pooling, normalising) on
 * onnxruntime-node. Writes `<dataset>.<model>.<dtype>.npy` (float32 [rows, dims]) and adds or
 * replaces its entry in `<out>/manifest.json`. Without --modelBase the model comes from the
 * Hugging Face hub (needs internet; HF_ENDPOINT=<url> uses a mirror); with it, from
 * `<modelBase>/<model>/` on disk.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { guessColumns } from '../../src/data/columns.ts';
import { decodeCsvBytes } from '../../src/data/csvBytes.ts';
import { parseCsvTable } from '../../src/data/csvTable.ts';
import { buildListings } from '../../src/data/listings.ts';
import { encodeNpy } from '../../src/data/npy.ts';
import {
  parseManifest,
  vectorsFileName,
  withEntry,
  type PrecomputedEntry,
  type PrecomputedManifest,
} from '../../src/data/precomputed.ts';
import { sha256Hex } from '../../src/data/textHash.ts';
import { DEFAULT_BATCH_SIZE } from '../../src/embedding/batchSize.ts';
import { EmbeddingEngine, type EngineSource } from '../../src/embedding/engine.ts';
import { HUB_HOST, HUB_PATH_TEMPLATE, modelFileUrl } from '../../src/embedding/modelSource.ts';
import { isUnreachable } from '../models/modelFiles.ts';

const DTYPES = ['q8', 'fp32'] as const;
type PrecomputeDtype = (typeof DTYPES)[number];

const USAGE =
  'Usage: npm run precompute -- --dataset <csv> --model <id> [--modelBase <dir>] [--dtype q8|fp32] [--rows <n>] [--out public/precomputed]';

function readOptions() {
  const { values } = parseArgs({
    options: {
      dataset: { type: 'string' },
      model: { type: 'string' },
      modelBase: { type: 'string' },
      dtype: { type: 'string', default: 'q8' },
      rows: { type: 'string' },
      out: { type: 'string', default: 'public/precomputed' },
    },
  });
  const { dataset, model, modelBase, dtype, rows, out } = values;
  if (!dataset || !model) throw new Error(USAGE);
  if (!DTYPES.includes(dtype as PrecomputeDtype))
    throw new Error(`--dtype must be q8 or fp32 (the app's WASM precisions), not ${dtype}`);
  const rowLimit = rows === undefined ? Infinity : Number(rows);
  if (!(rowLimit >= 1) || (Number.isFinite(rowLimit) && !Number.isInteger(rowLimit)))
    throw new Error(`--rows must be a whole number ≥ 1, not ${rows}`);
  return { dataset, model, modelBase, dtype: dtype as PrecomputeDtype, rowLimit, out };
}

/** The listing texts exactly as the page builds them from the same file. */
async function readTexts(file: string, rowLimit: number): Promise<string[]> {
  const name = path.basename(file);
  const text = decodeCsvBytes(new Uint8Array(await readFile(file)), name);
  if (!text.ok) throw new Error(text.error.problem);
  const table = parseCsvTable(Papa, text.value);
  if (!table.ok) throw new Error(table.error.problem);
  const columns = guessColumns(table.value);
  if (!columns.ok) throw new Error(columns.error.problem);
  const { listings } = buildListings(table.value, columns.value);
  if (listings.length === 0) throw new Error(`${name} has no rows with text to embed`);
  return listings.slice(0, rowLimit).map((listing) => listing.text);
}

async function readManifest(file: string): Promise<PrecomputedManifest | undefined> {
  try {
    return parseManifest(JSON.parse(await readFile(file, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`${file} exists but is not a manifest this script wrote: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Why the network failed, if it did: the error code somewhere in the cause chain, or the reason
 * under Node's bare "fetch failed".
 */
function unreachableCode(error: unknown): string | undefined {
  for (let e = error; e; e = (e as { cause?: unknown }).cause) {
    if (isUnreachable(e))
      return (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;
    if (e instanceof TypeError && e.message === 'fetch failed')
      return (
        (e.cause as { code?: string; message?: string } | undefined)?.code ??
        (e.cause as Error | undefined)?.message ??
        'no network'
      );
  }
  return undefined;
}

/** What failed, where it tried, and the way to run without the hub. */
function offlineHelp(error: unknown, modelId: string, host: string): string {
  const url = modelFileUrl({ modelId, host, pathTemplate: HUB_PATH_TEMPLATE }, 'config.json');
  return [
    `Cannot reach ${new URL(host).host} (${unreachableCode(error)}) to download the model: ${url}`,
    'Without --modelBase, precompute downloads the model from the Hugging Face hub and needs internet access.',
    'Without internet: run `npm run models:fetch` on a machine that has it, copy public/models/ here, and add',
    '  --modelBase public/models',
    '(the test models work too: --modelBase fixtures/models --model tiny-bert).',
  ].join('\n');
}

/** The hub, or a mirror with its layout (HF_ENDPOINT, as for models:fetch). */
function hubHost(): string {
  const endpoint = process.env.HF_ENDPOINT;
  if (!endpoint) return HUB_HOST;
  return endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
}

async function main(): Promise<void> {
  const options = readOptions();
  const texts = await readTexts(options.dataset, options.rowLimit);
  const source: EngineSource = options.modelBase
    ? { kind: 'local', dir: `${path.resolve(options.modelBase)}/` }
    : { kind: 'remote', host: hubHost(), pathTemplate: HUB_PATH_TEMPLATE };
  const engine = await EmbeddingEngine.load({
    modelId: options.model,
    source,
    device: 'cpu',
    dtype: options.dtype,
  }).catch((error: unknown) => {
    if (source.kind === 'remote' && unreachableCode(error))
      throw new Error(offlineHelp(error, options.model, source.host));
    throw error;
  });
  const started = performance.now();
  const vectors = await engine.embedAll(texts, DEFAULT_BATCH_SIZE);
  const seconds = (performance.now() - started) / 1000;
  const dims = engine.dims;
  await engine.dispose();

  const datasetName = path.basename(options.dataset);
  const entry: PrecomputedEntry = {
    dataset: datasetName,
    modelId: options.model,
    dtype: options.dtype,
    dims,
    rows: texts.length,
    rowHashes: await Promise.all(texts.map(sha256Hex)),
    vectorsFile: vectorsFileName(datasetName, options.model, options.dtype),
  };
  await mkdir(options.out, { recursive: true });
  await writeFile(path.join(options.out, entry.vectorsFile), encodeNpy(vectors, [texts.length, dims]));
  const manifestFile = path.join(options.out, 'manifest.json');
  await writeFile(
    manifestFile,
    JSON.stringify(withEntry(await readManifest(manifestFile), entry), null, 1) + '\n',
  );
  console.log(
    `${texts.length} rows of ${datasetName} with ${options.model} (${options.dtype}, ${dims} dims) in ${seconds.toFixed(1)} s → ` +
      `${path.join(options.out, entry.vectorsFile)}, ${manifestFile}` +
      (engine.fixtureNote ? `\nNote: ${engine.fixtureNote}` : ''),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
