// Benchmark page: the real PCA map (worker, canvas, quadtree) on synthetic listings, driven by pcaBench.ts.
import { createRoot } from 'react-dom/client';
import '../../src/styles.css';
import { PcaMap } from '../../src/lessons/pca-map/PcaMap';
import type { MapRow } from '../../src/lessons/pca-map/mapRow';
import { gaussian, seededRandom } from '../../src/math/random';
import { sweep } from './frameSweep';

const DIMS = 384;
const TITLES = [
  'Backend Developer',
  'Data Scientist',
  'Registered Nurse',
  'Accountant',
  'Frontend Developer',
  'Chef',
  'Data Engineer',
  'Teacher',
  'DevOps Engineer',
  'Product Manager',
  'Pharmacist',
  'Electrician',
];

/** `count` random unit vectors (isotropic Gaussian, normalised) with titles of uneven frequency. */
function syntheticListings(count: number): { rows: MapRow[]; vectors: Float32Array } {
  const random = seededRandom(2024);
  const vectors = new Float32Array(count * DIMS);
  const rows: MapRow[] = [];
  for (let i = 0; i < count; i++) {
    let sum = 0;
    for (let j = 0; j < DIMS; j++) {
      const value = gaussian(random);
      vectors[i * DIMS + j] = value;
      sum += value * value;
    }
    const scale = 1 / Math.sqrt(sum);
    for (let j = 0; j < DIMS; j++) vectors[i * DIMS + j] *= scale;
    // Squaring a uniform draw makes early titles more frequent, as in real data.
    const title = TITLES[Math.floor(random() ** 2 * TITLES.length)];
    rows.push({ index: String(i), title, text: `Synthetic listing ${i}: ${title}.` });
  }
  return { rows, vectors };
}

const count = Number(new URLSearchParams(location.search).get('rows') ?? 20000);
const { rows, vectors } = syntheticListings(count);

createRoot(document.getElementById('root')!).render(
  <main className="app">
    <article className="lesson pca-map">
      <PcaMap rows={rows} vectors={vectors} dims={DIMS} query="" onQueryChange={() => {}} />
    </article>
  </main>,
);

Object.assign(window, { frameBench: { sweep } });
