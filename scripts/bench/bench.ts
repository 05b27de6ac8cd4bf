/**
 * `npm run bench`: embedding throughput of the `minilm-shaped` fixture (all-MiniLM-L6-v2's exact
 * sizes, random weights) in onnxruntime-node and in Chromium (WASM multi- and single-threaded,
 * software WebGPU), the stock transformers.js pipeline as the peer, then the search page on the
 * real dataset, the PCA map at scale, the map's UMAP / k-means / recall computations in a worker,
 * and cold/warm start on a slow network. Prints a report and writes bench-results.json. Numbers are
 * reported, not asserted.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import type { EngineSettings } from '../../src/embedding/settings.ts';
import type { PageRun } from './pageRun.ts';
import type { PeerRun } from './peerRun.ts';
import { launchChromium, serveBenchBuild } from './browser.ts';
import { measureNative, type Measurement } from './native.ts';
import { pairRuns, textsPerSecond } from './pairedRuns.ts';
import { describeBigDatasetBench, measureBigDatasetEmbedding } from './bigDatasetBench.ts';
import { describeDatasetBench, measureDatasetEmbedding, measureDatasetNative } from './datasetBench.ts';
import { describeMapBench, listingVectors, measureMapJobsInBrowser } from './mapBench.ts';
import { describeMapFrames, measureMapFrames } from './mapFrames.ts';
import { describePcaBench, measurePcaMapInBrowser, measurePcaNode } from './pcaBench.ts';
import { describeStartup, measureStartup } from './startup.ts';
import { benchmarkTexts } from './texts.ts';
import { DEFAULT_BATCH_SIZE } from '../../src/embedding/batchSize.ts';

const MODEL = 'minilm-shaped';
const BATCH = DEFAULT_BATCH_SIZE;
const texts = benchmarkTexts(300);
/** Native and production runs measured in alternation; odd, for a median. */
const PAIRS = 3;
/** `npm run bench -- --throughput`: only the embedding table (about 5 minutes), not the page and map lines. */
const THROUGHPUT_ONLY = process.argv.includes('--throughput');

async function measureInPage(
  page: Page,
  config: string,
  settings: EngineSettings,
  sample: string[],
  batchSize = BATCH,
): Promise<Measurement> {
  const run = await page.evaluate(
    ([s, t, b]) =>
      (window as unknown as { benchRun: (s: unknown, t: string[], b: number) => Promise<PageRun> }).benchRun(
        s,
        t,
        b,
      ),
    [settings, sample, batchSize] as const,
  );
  return {
    config,
    texts: run.texts,
    tokens: run.tokens,
    seconds: run.seconds,
    note: `${run.device} ${run.dtype}${run.threads ? `, ${run.threads} threads` : ''}, batch ${batchSize}`,
  };
}

/** The stock transformers.js pipeline (its defaults), same texts, same batch size, same Chromium. */
async function measurePeer(page: Page, sample: string[]): Promise<Measurement> {
  const run = await page.evaluate(
    ([m, t, b]) =>
      (window as unknown as { benchPeer: (m: string, t: string[], b: number) => Promise<PeerRun> }).benchPeer(
        m,
        t,
        b,
      ),
    [MODEL, sample, BATCH] as const,
  );
  return {
    config: 'peer-tjs-pipeline',
    texts: run.texts,
    tokens: run.tokens,
    seconds: run.seconds,
    note: `pipeline defaults: ${run.modelFile}, threads setting ${run.threads || 'unset (onnxruntime default)'}, cut at 512; batch ${BATCH}`,
  };
}

/** The lines below the table: the search page, the PCA map, the map's jobs, start-up and software WebGPU. */
async function measurePagesAndMaps(
  browser: Browser,
  url: string,
  report: string[],
  results: Measurement[],
  base: EngineSettings,
): Promise<void> {
  const searchPage = await browser.newPage();
  const datasetRun = await measureDatasetEmbedding(searchPage, url, 300);
  report.push(describeDatasetBench(datasetRun, await measureDatasetNative(300)));
  await searchPage.close();

  const bigPage = await browser.newPage();
  report.push(describeBigDatasetBench(await measureBigDatasetEmbedding(bigPage, url)));
  await bigPage.close();

  const mapPage = await browser.newPage();
  report.push(...describePcaBench(measurePcaNode(), await measurePcaMapInBrowser(mapPage, url, 20000)));
  report.push(...describeMapFrames(await measureMapFrames(mapPage, url, 20000)));
  await mapPage.close();

  const mapJobsPage = await browser.newPage();
  report.push(...describeMapBench(await measureMapJobsInBrowser(mapJobsPage, url, await listingVectors())));
  await mapJobsPage.close();

  report.push(...describeStartup(await measureStartup(browser)));
  await browser.close();

  // Software WebGPU is ~100× slower than WASM here: a small sample tests the path, not the speed.
  const gpuBrowser = await launchChromium({ webgpu: true });
  const gpuPage = await gpuBrowser.newPage();
  await gpuPage.goto(`${url}/scripts/bench/bench.html`);
  const gpu = await measureInPage(
    gpuPage,
    'webgpu-fp32',
    { ...base, device: 'webgpu', dtype: 'fp32' },
    texts.slice(0, 4),
    4,
  );
  gpu.note += '; software adapter, 4 texts only';
  results.push(gpu);
  await gpuBrowser.close();
}

async function main() {
  console.log(
    `Benchmark model: ${MODEL} (all-MiniLM-L6-v2's sizes, random weights: speed only, no meaning).`,
  );
  console.log(
    `${texts.length} workshop job descriptions (the built-in dataset's), most longer than 256 word pieces.\n`,
  );
  const nodeQ8 = await measureNative(MODEL, 'q8', texts, BATCH);
  const results: Measurement[] = [];
  const report: string[] = [];
  const nativeRuns: Measurement[] = [];
  const productionRuns: Measurement[] = [];
  const { server, url } = await serveBenchBuild();
  try {
    const base: EngineSettings = { device: 'wasm', modelId: MODEL, modelBase: '/fixture-models' };
    const browser = await launchChromium();
    const page = await browser.newPage();
    await page.goto(`${url}/scripts/bench/bench.html`);
    // The baseline and the production configuration, alternating (see pairedRuns.ts).
    for (let pair = 0; pair < PAIRS; pair++) {
      nativeRuns.push(await measureNative(MODEL, 'fp32', texts, BATCH));
      productionRuns.push(await measureInPage(page, 'wasm-mt-q8', { ...base, dtype: 'q8' }, texts));
    }
    // The tuning sweep over batch size (steady state: little difference between 4, 8 and 16).
    for (const batch of [4, 16].filter((b) => b !== BATCH)) {
      results.push(
        await measureInPage(page, `wasm-mt-q8-batch${batch}`, { ...base, dtype: 'q8' }, texts, batch),
      );
    }
    results.push(await measureInPage(page, 'wasm-mt-fp32', { ...base, dtype: 'fp32' }, texts));
    results.push(await measureInPage(page, 'wasm-st-q8', { ...base, dtype: 'q8', threads: 1 }, texts));
    results.push(await measurePeer(page, texts));
    await page.close();
    if (THROUGHPUT_ONLY) await browser.close();
    else await measurePagesAndMaps(browser, url, report, results, base);
  } finally {
    await server.close();
  }

  const paired = pairRuns(nativeRuns, productionRuns);
  const speeds = (runs: Measurement[]) => runs.map((r) => textsPerSecond(r).toFixed(1)).join(', ');
  const table: Measurement[] = [
    { ...paired.medianNative, note: `onnxruntime-node, baseline (median of ${speeds(nativeRuns)} texts/s)` },
    nodeQ8,
    {
      ...paired.medianBrowser,
      note: `${paired.medianBrowser.note} (median of ${speeds(productionRuns)} texts/s)`,
    },
    ...results,
  ];
  const nativeRate = textsPerSecond(paired.medianNative);
  const rows = table.map((m) => ({
    config: m.config,
    textsPerSec: textsPerSecond(m),
    tokensPerSec: m.tokens / m.seconds,
    ratioToNative: textsPerSecond(m) / nativeRate,
    note: m.note ?? '',
  }));
  console.log('config          texts/s   tokens/s   ×native   notes');
  for (const r of rows) {
    console.log(
      `${r.config.padEnd(14)} ${r.textsPerSec.toFixed(2).padStart(8)} ${r.tokensPerSec.toFixed(0).padStart(10)} ${r.ratioToNative.toFixed(2).padStart(9)}   ${r.note}`,
    );
  }
  const ratios = paired.ratios.map((r) => r.toFixed(3)).join(', ');
  console.log(`\nwasm-mt-q8 ÷ node-fp32, pair by pair: ${ratios} (median ${paired.medianRatio.toFixed(3)})`);
  console.log(`\n${report.join('\n')}`);
  const saved = rows.map(({ config, textsPerSec, tokensPerSec, ratioToNative }) => ({
    config,
    textsPerSec,
    tokensPerSec,
    ratioToNative,
  }));
  writeFileSync('bench-results.json', `${JSON.stringify(saved, null, 2)}\n`);
  console.log('\nWrote bench-results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
