/**
 * The map's algorithms on the built-in job listings, embedded in Node with the `tiny-bert` fixture
 * (random weights, MiniLM's 384 dimensions: real text, meaningless vectors). Needs `npm run fixtures`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { guessColumns } from '../../data/columns';
import { parseCsvTable } from '../../data/csvTable';
import { buildListings, type Listing } from '../../data/listings';
import { EmbeddingEngine } from '../../embedding/engine';
import { tokenize } from '../../math/bm25';
import { clusterTitleSummary, clusterTopTerms } from '../../math/clusterLabels';
import { kMeans, lloyd } from '../../math/kmeans';
import { unitRowsCopy } from '../../math/nearest';
import { allNearestByCosine, allNearestOnMap } from '../../math/neighbourLists';
import { mean, recallPerPoint } from '../../math/neighbourPreservation';
import { fitPca, projectRows } from '../../math/pca';
import { seededRandom } from '../../math/random';
import { STOP_WORDS } from '../../math/stopWords';
import { computeUmap, UMAP_DEFAULTS } from '../../math/umap';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIMS = 384;
const SLOW = 600_000; // embedding 348 long listings on a busy machine

let listings: Listing[];
let rows: Float32Array;

beforeAll(async () => {
  const table = parseCsvTable(Papa, readFileSync(path.join(ROOT, 'public/data/job-listings.csv'), 'utf8'));
  if (!table.ok) throw new Error(table.error.problem);
  const columns = guessColumns(table.value);
  if (!columns.ok) throw new Error(columns.error.problem);
  listings = buildListings(table.value, columns.value).listings;
  const engine = await EmbeddingEngine.load({
    modelId: 'tiny-bert',
    source: { kind: 'local', dir: `${path.join(ROOT, 'fixtures/models')}/` },
    device: 'cpu',
    dtype: 'fp32',
  });
  const vectors = await engine.embedAll(
    listings.map((listing) => listing.text),
    8,
  );
  await engine.dispose();
  rows = unitRowsCopy(vectors, DIMS);
}, SLOW);

describe('k-means on the built-in listings', () => {
  it('is within 2 % of the best of 10 runs from random starting rows', () => {
    const n = rows.length / DIMS;
    for (const k of [5, 8, 12]) {
      const ours = kMeans(rows, DIMS, k, { seed: 1 });
      const random = seededRandom(99);
      let bestRandom = Infinity;
      for (let run = 0; run < 10; run++) {
        const picked = new Set<number>();
        while (picked.size < k) picked.add(Math.floor(random() * n));
        const start = new Float64Array(k * DIMS);
        [...picked].forEach((row, c) => start.set(rows.subarray(row * DIMS, (row + 1) * DIMS), c * DIMS));
        bestRandom = Math.min(bestRandom, lloyd(rows, DIMS, start).inertia);
      }
      expect(ours.inertia).toBeLessThanOrEqual(1.02 * bestRandom);
    }
  });

  it('labels each cluster with words from its own listings, no stop words, and summarises its titles', () => {
    const k = 8;
    const { assignments } = kMeans(rows, DIMS, k, { seed: 1 });
    const texts = listings.map((listing) => listing.text);
    const terms = clusterTopTerms(texts, assignments, k);
    terms.forEach((top, c) => {
      const words = new Set(texts.filter((_, i) => assignments[i] === c).flatMap((text) => tokenize(text)));
      expect(top).toHaveLength(3);
      for (const { term } of top) {
        expect(words.has(term)).toBe(true);
        expect(STOP_WORDS.has(term)).toBe(false);
      }
    });
    const summary = clusterTitleSummary(
      listings.map((listing) => listing.title),
      assignments,
      k,
    );
    expect(summary.reduce((s, c) => s + c.size, 0)).toBe(listings.length);
    const titles = new Set(listings.map((listing) => listing.title));
    for (const cluster of summary)
      for (const { title } of cluster.topTitles) expect(titles.has(title)).toBe(true);
  });
});

describe('neighbour recall on the built-in listings', () => {
  it(
    'is higher on the UMAP map than on the first two PCA components',
    () => {
      const n = rows.length / DIMS;
      const full = allNearestByCosine(rows, DIMS, 10);
      const pca = projectRows(rows, fitPca(rows, DIMS, 2), 2);
      const pcaRecall = mean(recallPerPoint(full.indices, allNearestOnMap(pca, 10), 10));
      const umap = computeUmap(rows, DIMS, UMAP_DEFAULTS);
      const umapRecall = mean(recallPerPoint(full.indices, allNearestOnMap(umap.coords, 10), 10));
      expect(umap.coords).toHaveLength(2 * n);
      expect(umap.reducedWithPca).toBe(false);
      expect(umapRecall).toBeGreaterThan(pcaRecall);
    },
    SLOW,
  );
});
