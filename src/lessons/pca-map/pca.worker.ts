/// <reference lib="webworker" />
/**
 * PCA of the embedded listings off the main thread: 20,000 × 384 takes seconds, and the page
 * must keep scrolling, hovering and zooming meanwhile. One worker fits once and keeps the data, so
 * hover neighbours and the query's position need no second copy from the page.
 */
import { nearestByCosine, unitRowsCopy } from '../../math/nearest';
import { fitPca, projectRows, type PcaModel } from '../../math/pca';
import { serveRpc } from '../../workers/rpcServer';
import { withTransfer } from '../../workers/rpcProtocol';
import type { PcaApi } from './pcaProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

interface Fitted {
  dims: number;
  model: PcaModel;
  coords: Float64Array;
  unitRows: Float32Array;
}

let current: Fitted | undefined;

// How well the map keeps neighbourhoods is measured once, exactly, by the map-jobs worker (recall@10).
function fit(vectors: Float32Array, dims: number) {
  const started = performance.now();
  const model = fitPca(vectors, dims, 10);
  const coords = projectRows(vectors, model, 2);
  current = { dims, model, coords, unitRows: unitRowsCopy(vectors, dims) };
  const shown = coords.slice(); // the worker keeps its own copy for look-ups
  return withTransfer({ model, coords: shown, ms: performance.now() - started }, [shown.buffer]);
}

function fitted(): Fitted {
  if (!current) throw new Error('The map is still being computed');
  return current;
}

serveRpc<PcaApi>(scope, {
  fit: ({ vectors, dims }) => fit(vectors, dims),
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
