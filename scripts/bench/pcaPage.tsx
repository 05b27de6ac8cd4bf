// Benchmark page: the real PCA map (worker, canvas, quadtree) on synthetic listings, driven by pcaBench.ts.
import { createRoot } from 'react-dom/client';
import '../../src/styles.css';
import { PcaMap } from '../../src/lessons/pca-map/PcaMap';
import type { MapRow } from '../../src/lessons/pca-map/mapRow';
import { gaussian, seededRandom } from '../../src/math/random';
import { frameStats, type FrameStats } from './pcaFrames';

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

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/**
 * One event per animation frame, as browsers deliver pointer moves: a zig-zag hover sweep over the
 * plot area, or Ctrl+wheel zoom steps in and out around its centre. Returns the frame intervals.
 */
async function sweep(kind: 'hover' | 'zoom', frames: number): Promise<FrameStats> {
  const input = document.querySelector<SVGSVGElement>('[data-testid="scatter-input"]')!;
  const box = input.getBoundingClientRect();
  const [left, top, right, bottom] = input.dataset.plotArea!.split(',').map(Number);
  const intervals: number[] = [];
  let hits = 0;
  let longTasks = 0;
  const observer = new PerformanceObserver((list) => (longTasks += list.getEntries().length));
  observer.observe({ type: 'longtask' });
  let last = await nextFrame();
  for (let f = 0; f < frames; f++) {
    const t = f / frames;
    if (kind === 'hover') {
      const x = box.left + left + (right - left) * t;
      const y = box.top + top + (bottom - top) * (0.5 + 0.45 * Math.sin(t * 12 * Math.PI));
      input.dispatchEvent(
        new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true, pointerType: 'mouse' }),
      );
    } else {
      const x = box.left + (left + right) / 2;
      const y = box.top + (top + bottom) / 2;
      // Small steps (d3 scales Ctrl+wheel by 2^(-deltaY · 0.02)): about 28× in, then back out, redrawing every frame.
      const deltaY = f < frames / 2 ? -4 : 4;
      input.dispatchEvent(
        new WheelEvent('wheel', {
          clientX: x,
          clientY: y,
          deltaY,
          ctrlKey: true,
          bubbles: true,
          cancelable: true,
        }),
      );
    }
    const now = await nextFrame();
    intervals.push(now - last);
    last = now;
    if (document.querySelector('[data-testid="scatter-tooltip"]')) hits++;
  }
  observer.disconnect();
  const stats = frameStats(intervals, longTasks);
  return kind === 'hover' ? { ...stats, hits } : stats;
}

Object.assign(window, { pcaBench: { sweep } });
