/**
 * `npm run models:fetch` — downloads all-MiniLM-L6-v2 from the Hugging Face hub into
 * public/models/, for a deployment that serves the model from its own origin
 * (then build with `npm run build:self-hosted`, i.e. VITE_MODEL_BASE=./models).
 *   tsx scripts/models/fetch-model.ts [--model Xenova/all-MiniLM-L6-v2] [--revision main] [--out public/models]
 * HF_ENDPOINT=<url> downloads from a mirror with the hub's layout instead. Needs internet. Finished files are kept, so running it again only fetches what is missing;
 * an interrupted file resumes from its .part file.
 */
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import {
  isUnreachable,
  partialPath,
  planModelDownload,
  resumeHeaders,
  type ModelDownload,
} from './modelFiles.ts';

const { values } = parseArgs({
  options: {
    model: { type: 'string' },
    revision: { type: 'string', default: 'main' },
    out: { type: 'string', default: 'public/models' },
  },
});

const plan = planModelDownload({
  modelId: values.model,
  revision: values.revision,
  outDir: values.out,
  hub: process.env.HF_ENDPOINT,
});
/** The model's folder: config.json sits at its top. */
const modelDir = path.dirname(plan[0].dest);

/**
 * Folders from --out down to the model's onnx/ that do not exist yet, deepest first. A failed run
 * removes those it left empty, so no empty model folder is left for a build to ship.
 */
function missingFolders(): string[] {
  const out = path.resolve(values.out);
  const folders = [path.resolve(modelDir, 'onnx')];
  for (let dir = path.resolve(modelDir); dir.startsWith(out); dir = path.dirname(dir)) {
    folders.push(dir);
    if (dir === out) break;
  }
  return folders.filter((dir) => !existsSync(dir));
}

function removeEmpty(folders: readonly string[]): void {
  for (const dir of folders) if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
}

class DownloadError extends Error {}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function progressPrinter(file: string, total: number | undefined) {
  let lastStep = -1;
  return (done: number) => {
    const text = `  ${file}: ${mb(done)}${total ? ` of ${mb(total)} (${Math.floor((done / total) * 100)} %)` : ''}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${text}   `);
    else if (total && Math.floor((done / total) * 10) > lastStep) {
      lastStep = Math.floor((done / total) * 10);
      process.stderr.write(`${text}\n`);
    }
  };
}

async function download(item: ModelDownload): Promise<'downloaded' | 'absent'> {
  const part = partialPath(item.dest);
  mkdirSync(path.dirname(item.dest), { recursive: true });
  const onDisk = existsSync(part) ? statSync(part).size : 0;
  let response: Response;
  try {
    response = await fetch(item.url, { headers: resumeHeaders(onDisk) });
  } catch (error) {
    if (isUnreachable(error)) {
      throw new DownloadError(
        `Cannot reach ${new URL(item.url).host} (${(error as { cause?: { code?: string } }).cause?.code ?? 'no network'}).\n` +
          'npm run models:fetch downloads the model from the Hugging Face hub and needs internet access.\n' +
          `On a machine without it, copy ${modelDir}/ from a machine that ran this command.`,
      );
    }
    throw error;
  }
  if (response.status === 404 && item.optional) return 'absent';
  if (response.status === 416) {
    // The .part file is not a prefix of the file the hub has now: start again.
    rmSync(part);
    return download(item);
  }
  if (!response.ok || !response.body) {
    throw new DownloadError(`HTTP ${response.status} ${response.statusText} for ${item.url}`);
  }
  const resumed = response.status === 206;
  const start = resumed ? onDisk : 0;
  const length = Number(response.headers.get('content-length')) || undefined;
  const total = length === undefined ? undefined : start + length;
  const show = progressPrinter(item.file, total);
  let done = start;
  const counted = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).on(
    'data',
    (chunk: Buffer) => {
      done += chunk.length;
      show(done);
    },
  );
  await pipeline(counted, createWriteStream(part, { flags: resumed ? 'a' : 'w' }));
  if (process.stderr.isTTY) process.stderr.write('\n');
  if (total !== undefined && statSync(part).size !== total) {
    throw new DownloadError(
      `${item.file}: got ${statSync(part).size} bytes of ${total}; run the command again to resume.`,
    );
  }
  if (item.file.endsWith('.json')) JSON.parse(readFileSync(part, 'utf8')); // a proxy's HTML error page is not a config
  renameSync(part, item.dest);
  return 'downloaded';
}

console.log(`Fetching ${plan[0].url.replace(/config\.json$/, '')} into ${modelDir}/`);
const newFolders = missingFolders();
try {
  for (const item of plan) {
    if (existsSync(item.dest)) {
      console.log(`✓ ${item.file} (already there, ${mb(statSync(item.dest).size)})`);
      continue;
    }
    const outcome = await download(item);
    console.log(
      outcome === 'absent'
        ? `- ${item.file} (not in this repository; optional)`
        : `✓ ${item.file} (${mb(statSync(item.dest).size)})`,
    );
  }
} catch (error) {
  console.error(`\n${error instanceof DownloadError ? error.message : error}`);
  removeEmpty(newFolders);
  if (existsSync(modelDir))
    console.error(
      `${modelDir}/ holds an incomplete download: run the command again to finish it, or delete the folder before building.`,
    );
  process.exit(1);
}
console.log(
  '\nDone. Build the app to load these files from its own origin:\n  npm run build:self-hosted   (the same as VITE_MODEL_BASE=./models npm run build)',
);
