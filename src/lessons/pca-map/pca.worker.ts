/// <reference lib="webworker" />
/**
 * PCA of the embedded listings off the main thread: 20,000 × 384 takes seconds, and the page
 * must keep scrolling, hovering and zooming meanwhile. One worker fits once and keeps the data, so
 * hover neighbours and the query's position need no second copy from the page.
 */
import { nearestByCosine, unitRowsCopy } from '../../math/nearest';
import { neighbourShares } from '../../math/neighbourPreservation';
import { fitPca, projectRows, type PcaModel } from '../../math/pca';
import { sampleIndices } from '../../math/random';
import { serveRpc, type HandlerContext } from '../../workers/rpcServer';
import { withTransfer } from '../../workers/rpcProtocol';
import {
  PRESERVATION_K,
  PRESERVATION_SAMPLE,
  PRESERVATION_SEED,
  type PcaApi,
  type PreservationResult,
} from './pcaProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

interface Fitted {
  dims: number;
  model: PcaModel;
  coords: Float64Array;
  unitRows: Float32Array;
}

let current: Fitted | undefined;

/** Sampled points per step: small enough that hover requests wait at most a few tens of ms. */
const PRESERVATION_CHUNK = 8;

const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

async function fit(
  vectors: Float32Array,
  dims: number,
  { progress, signal }: HandlerContext<PcaApi['fit']['progress']>,
): Promise<PreservationResult> {
  const started = performance.now();
  const model = fitPca(vectors, dims, 10);
  const coords = projectRows(vectors, model, 2);
  const unitRows = unitRowsCopy(vectors, dims);
  current = { dims, model, coords, unitRows };
  const shown = coords.slice(); // the worker keeps its own copy for look-ups
  progress(
    withTransfer({ type: 'fitted', model, coords: shown, ms: performance.now() - started }, [shown.buffer]),
  );

  const preservationStarted = performance.now();
  const rows = coords.length / 2;
  const sample = sampleIndices(rows, PRESERVATION_SAMPLE, PRESERVATION_SEED);
  let sum = 0;
  for (let done = 0; done < sample.length; done += PRESERVATION_CHUNK) {
    signal.throwIfAborted();
    const chunk = sample.subarray(done, done + PRESERVATION_CHUNK);
    for (const share of neighbourShares(unitRows, dims, coords, chunk, PRESERVATION_K)) sum += share;
    progress({ type: 'preservation-progress', done: done + chunk.length, total: sample.length });
    await yieldToMessages();
  }
  return {
    score: sum / sample.length,
    sampleSize: sample.length,
    rows,
    k: Math.min(PRESERVATION_K, rows - 1),
    ms: performance.now() - preservationStarted,
  };
}

function fitted(): Fitted {
  if (!current) throw new Error('The map is still being computed');
  return current;
}

serveRpc<PcaApi>(scope, {
  fit: ({ vectors, dims }, context) => fit(vectors, dims, context),
  neighbours: ({ index, k }) => {
    const { dims, unitRows } = fitted();
    const own = unitRows.slice(index * dims, (index + 1) * dims);
    return nearestByCosine(unitRows, dims, own, k, Int32Array.of(index)).indices;
  },
  query: ({ vector, k }) => {
    const { dims, model, unitRows } = fitted();
    const at = projectRows(vector, model, 2);
    const found = nearestByCosine(unitRows, dims, unitRowsCopy(vector, dims), k);
    return { at: [at[0], at[1]], top: found.indices, scores: found.scores };
  },
});
