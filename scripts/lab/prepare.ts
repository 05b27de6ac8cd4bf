/**
 * `npm run lab:prepare -- --out <dir> [--model-dir public/models] [--model <id>] [--dataset <csv>]…`
 *
 * Makes a self-contained folder for a lab network without internet (layout: labFolder.ts): copies the
 * model from a local folder (`<model-dir>/<id>/`, e.g. public/models after models:fetch), builds the
 * app with that model as its default (the self-hosted build mode), precomputes vectors for the
 * built-in dataset and any `--dataset` given, writes the server configs, then checks the folder.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BUNDLED_DATASET_PATH } from '../../src/data/datasetSources.ts';
import { DEFAULT_MODEL_ID } from '../../src/embedding/modelSource.ts';
import { serverConfigs } from '../deploy/serverConfigs.ts';
import {
  checkLabFolder,
  LAB_MANIFEST,
  OPTIONAL_MODEL_FILES,
  REQUIRED_MODEL_FILES,
  type LabManifest,
} from './labFolder.ts';

const USAGE =
  'Usage: npm run lab:prepare -- --out <dir> [--model-dir public/models] [--model <id>] [--dataset <csv>]…';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      'model-dir': { type: 'string', default: 'public/models' },
      model: { type: 'string', default: DEFAULT_MODEL_ID },
      dataset: { type: 'string', multiple: true, default: [] },
    },
  });
  if (!values.out) throw new Error(USAGE);
  const out = path.resolve(values.out);
  const modelId = values.model;
  const modelSource = path.resolve(values['model-dir'], modelId);
  const site = path.join(out, 'site');
  const datasets = [path.join('public', BUNDLED_DATASET_PATH), ...values.dataset];
  const step = (text: string) => console.log(`\n▸ ${text}`);
  // Child steps run with this Node and the project's own tools, from the project folder.
  const run = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
  const vite = path.resolve('node_modules/vite/bin/vite.js');

  const exists = (file: string) =>
    stat(file).then(
      (info) => info.isFile(),
      () => false,
    );

  step(`Model ${modelId} from ${modelSource}`);
  const missing = [];
  for (const file of REQUIRED_MODEL_FILES)
    if (!(await exists(path.join(modelSource, file)))) missing.push(file);
  if (missing.length > 0)
    throw new Error(
      `The model folder ${modelSource} lacks ${missing.join(', ')}. On a machine with internet, run ` +
        '`npm run models:fetch` (it fills public/models/), then copy that folder here and pass --model-dir.',
    );

  await rm(out, { recursive: true, force: true });
  step('Building the app with this model as its default (vite build --mode self-hosted)');
  run([vite, 'build', '--mode', 'self-hosted', '--logLevel', 'warn', '--emptyOutDir'], {
    OUT_DIR: site,
    VITE_MODEL_ID: modelId,
  });

  const modelTarget = path.join(site, 'models', modelId);
  for (const file of [...REQUIRED_MODEL_FILES, ...OPTIONAL_MODEL_FILES]) {
    if (!(await exists(path.join(modelSource, file)))) continue;
    await mkdir(path.dirname(path.join(modelTarget, file)), { recursive: true });
    await cp(path.join(modelSource, file), path.join(modelTarget, file));
  }

  for (const dataset of datasets) {
    step(`Precomputing vectors for ${dataset}`);
    run([
      tsx,
      'scripts/precompute/precompute.ts',
      '--dataset',
      dataset,
      '--model',
      modelId,
      '--modelBase',
      path.resolve(values['model-dir']),
      '--out',
      path.join(site, 'precomputed'),
    ]);
  }

  step('Server configs');
  for (const [file, text] of Object.entries(serverConfigs())) {
    const target = path.join(out, 'server', path.relative('deploy', file));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }

  async function listFiles(dir: string): Promise<Record<string, number>> {
    const files: Record<string, number> = {};
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      files[path.relative(out, full).split(path.sep).join('/')] = (await stat(full)).size;
    }
    return files;
  }
  const manifest: LabManifest = {
    version: 1,
    modelId,
    datasets: datasets.map((file) => path.basename(file)),
    files: await listFiles(out),
  };
  await writeFile(path.join(out, LAB_MANIFEST), JSON.stringify(manifest, null, 1) + '\n');

  step('Checking the folder');
  const problems = await checkLabFolder(out);
  if (problems.length > 0) throw new Error(`The lab folder is not complete:\n${problems.join('\n')}`);
  const megabytes = Object.values(manifest.files).reduce((sum, bytes) => sum + bytes, 0) / 1e6;
  console.log(
    `\nReady: ${out} (${Object.keys(manifest.files).length} files, ${megabytes.toFixed(1)} MB).\n` +
      `Serve it on the lab network: npx tsx scripts/serve/serve.ts ${path.join(out, 'site')} --headers --host 0.0.0.0 --port 8080`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
