/**
 * `npm run bench:profile`: where one model run spends its time, per operator type, in Chromium's
 * WASM backend (q8, 2 threads, as the app runs it) against onnxruntime-node (q8 and the fp32
 * baseline of `npm run bench`). Model: the `minilm-shaped` fixture (all-MiniLM-L6-v2's sizes,
 * random weights), one batch of 8 texts × 256 tokens. Numbers are printed, not asserted. The
 * profiler itself slows the browser runs by some 10 %; compare shares, not totals, with the bench.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { launchChromium, serveBenchBuild } from './browser.ts';
import { parseProfileEvents, summarizeProfile, type OpProfile } from './opProfile.ts';
import { profileFeeds, type ProfileRequest } from './profileInputs.ts';

const MODEL_DIR = path.resolve(import.meta.dirname, '../../fixtures/models/minilm-shaped/onnx');
const SHAPE = { batch: 8, sequence: 256, runs: 4 };
const INT8_MATMULS = new Set(['DynamicQuantizeMatMul', 'MatMulIntegerToFloat', 'MatMulInteger']);

async function profileNode(file: string): Promise<OpProfile> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ort-profile-'));
  try {
    const session = await ort.InferenceSession.create(path.join(MODEL_DIR, file), {
      enableProfiling: true,
      profileFilePrefix: path.join(dir, 'trace'),
    });
    const feeds = profileFeeds(
      SHAPE.batch,
      SHAPE.sequence,
      (type, values, dims) => new ort.Tensor(type, values, dims),
    );
    for (let run = 0; run <= SHAPE.runs; run++) await session.run(feeds);
    session.endProfiling();
    await session.release();
    const [trace] = readdirSync(dir).filter((name) => name.endsWith('.json'));
    return summarizeProfile(parseProfileEvents(readFileSync(path.join(dir, trace), 'utf8')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function profileChromium(file: string, threads: number): Promise<OpProfile> {
  const { server, url } = await serveBenchBuild();
  try {
    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${url}/scripts/bench/bench.html`);
    const request: ProfileRequest = {
      modelUrl: `${url}/fixture-models/minilm-shaped/onnx/${file}`,
      threads,
      ...SHAPE,
    };
    const trace = await page.evaluate(
      (r) =>
        (window as unknown as { profileInWorker: (r: ProfileRequest) => Promise<string> }).profileInWorker(r),
      request,
    );
    await browser.close();
    return summarizeProfile(parseProfileEvents(trace));
  } finally {
    await server.close();
  }
}

const int8Ms = (p: OpProfile) =>
  [...p.opMs].filter(([op]) => INT8_MATMULS.has(op)).reduce((sum, [, ms]) => sum + ms, 0);

/** One row per operator type, slowest in the browser first, then the whole run and the int8 products. */
function printTable(wasm: OpProfile, nodeQ8: OpProfile, nodeFp32: OpProfile): void {
  const cell = (ms: number | undefined) => (ms ? ms.toFixed(1) : '—').padStart(11);
  const row = (label: string, w: number | undefined, q: number | undefined, f: number | undefined) => {
    const slower = w && q ? `${(w / q).toFixed(1)}×` : '—';
    const share = w ? `${((100 * w) / wasm.runMs).toFixed(0)}%` : '—';
    console.log(
      `${label.padEnd(23)}${cell(w)}${cell(q)}${cell(f)}${slower.padStart(11)}${share.padStart(9)}`,
    );
  };
  const heads = ['wasm-mt-q8', 'node-q8', 'node-fp32', 'wasm÷node'].map((h) => h.padStart(11)).join('');
  console.log(`${'ms per run'.padEnd(23)}${heads}${'of wasm'.padStart(9)}`);
  const ops = [...new Set([wasm, nodeQ8, nodeFp32].flatMap((p) => [...p.opMs.keys()]))]
    .filter((op) => [wasm, nodeQ8, nodeFp32].some((p) => (p.opMs.get(op) ?? 0) >= 0.5))
    .sort((a, b) => (wasm.opMs.get(b) ?? 0) - (wasm.opMs.get(a) ?? 0));
  for (const op of ops) row(op, wasm.opMs.get(op), nodeQ8.opMs.get(op), nodeFp32.opMs.get(op));
  row('int8 matrix products', int8Ms(wasm), int8Ms(nodeQ8), int8Ms(nodeFp32));
  row('whole run', wasm.runMs, nodeQ8.runMs, nodeFp32.runMs);
}

async function main() {
  console.log(
    `Operator profile: minilm-shaped (random weights), ${SHAPE.batch} × ${SHAPE.sequence} tokens, mean of ${SHAPE.runs} runs after a warm-up.\n`,
  );
  const wasm = await profileChromium('model_quantized.onnx', 2);
  const nodeQ8 = await profileNode('model_quantized.onnx');
  const nodeFp32 = await profileNode('model.onnx');
  printTable(wasm, nodeQ8, nodeFp32);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
