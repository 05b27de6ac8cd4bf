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
import {
  PRESERVATION_K,
  PRESERVATION_SAMPLE,
  PRESERVATION_SEED,
  type PcaReply,
  type PcaRequest,
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

const post = (reply: PcaReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

async function fit(vectors: Float32Array, dims: number): Promise<void> {
  const started = performance.now();
  const model = fitPca(vectors, dims, 10);
  const coords = projectRows(vectors, model, 2);
  const unitRows = unitRowsCopy(vectors, dims);
  current = { dims, model, coords, unitRows };
  const shown = coords.slice(); // the worker keeps its own copy for look-ups
  post({ type: 'fitted', model, coords: shown, ms: performance.now() - started }, [shown.buffer]);

  const preservationStarted = performance.now();
  const rows = coords.length / 2;
  const sample = sampleIndices(rows, PRESERVATION_SAMPLE, PRESERVATION_SEED);
  let sum = 0;
  for (let done = 0; done < sample.length; done += PRESERVATION_CHUNK) {
    const chunk = sample.subarray(done, done + PRESERVATION_CHUNK);
    for (const share of neighbourShares(unitRows, dims, coords, chunk, PRESERVATION_K)) sum += share;
    post({ type: 'preservation-progress', done: done + chunk.length, total: sample.length });
    await yieldToMessages();
  }
  const k = Math.min(PRESERVATION_K, rows - 1);
  post({
    type: 'preservation',
    result: {
      score: sum / sample.length,
      sampleSize: sample.length,
      rows,
      k,
      ms: performance.now() - preservationStarted,
    },
  });
}

function handle(request: PcaRequest): void {
  if (request.type === 'fit') {
    fit(request.vectors, request.dims).catch((error: unknown) => {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    return;
  }
  if (!current) {
    post({ type: 'error', id: request.id, message: 'The map is still being computed' });
    return;
  }
  const { dims, model, unitRows } = current;
  if (request.type === 'neighbours') {
    const own = unitRows.slice(request.index * dims, (request.index + 1) * dims);
    const found = nearestByCosine(unitRows, dims, own, request.k, Int32Array.of(request.index));
    post({ type: 'neighbours', id: request.id, index: request.index, neighbours: found.indices });
    return;
  }
  const at = projectRows(request.vector, model, 2);
  const found = nearestByCosine(unitRows, dims, unitRowsCopy(request.vector, dims), request.k);
  post({ type: 'query', id: request.id, at: [at[0], at[1]], top: found.indices, scores: found.scores });
}

scope.onmessage = (event: MessageEvent<PcaRequest>) => handle(event.data);
