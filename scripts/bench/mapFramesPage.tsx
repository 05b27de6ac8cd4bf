// Benchmark page: the map's ScatterPlot as the map page draws a UMAP result, at 20,000 points, with
// cluster labels and density contours on. The positions are synthetic islands shaped like a UMAP
// layout (computing UMAP itself is timed separately); everything drawn is the real chart code.
import { useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/styles.css';
import { CATEGORY_COLORS } from '../../src/charts/categoryPalette';
import { contourPath, densityContours } from '../../src/charts/densityContours';
import type { View } from '../../src/charts/scatterDraw';
import { scatterFrame } from '../../src/charts/scatterFrame';
import { ScatterPlot } from '../../src/charts/ScatterPlot';
import { gaussian, seededRandom } from '../../src/math/random';
import { sweep } from './frameSweep';

const ISLANDS = CATEGORY_COLORS.length;

function islands(count: number) {
  const random = seededRandom(7);
  const centres = Array.from({ length: ISLANDS }, () => [random() * 20, random() * 20]);
  const coords = new Float64Array(count * 2);
  const codes = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const c = Math.floor(random() * ISLANDS);
    codes[i] = c;
    coords[i * 2] = centres[c][0] + gaussian(random) * (0.6 + c / 10);
    coords[i * 2 + 1] = centres[c][1] + gaussian(random) * 0.8;
  }
  const labels = centres.map(([x, y], c) => ({ x, y, text: `island ${c + 1} words` }));
  return { coords, codes, labels };
}

const count = Number(new URLSearchParams(location.search).get('rows') ?? 20000);
const data = islands(count);
const colors = [...CATEGORY_COLORS, '#8c8c8c'];
const noneHidden = new Set<number>();
const width = 900;

function Bench() {
  const [view, setView] = useState<View>({ k: 1, x: 0, y: 0 });
  const frame = useMemo(() => scatterFrame(data.coords, width), []);
  const contours = useMemo(
    () => densityContours(data.coords).map((c) => contourPath(c, frame.scales.x, frame.scales.y)),
    [frame],
  );
  return (
    <div style={{ width }}>
      <ScatterPlot
        frame={frame}
        codes={data.codes}
        colors={colors}
        hidden={noneHidden}
        highlighted={null}
        marked={null}
        query={null}
        links={null}
        pinned={null}
        contours={contours}
        labels={data.labels}
        axisLabels={['UMAP 1', 'UMAP 2']}
        viewport={view}
        onViewportChange={setView}
        mode="zoom"
        label={`Benchmark map of ${count} points`}
        describePoint={(i) => ({ title: `Point ${i}`, detail: '', where: '' })}
        onActiveChange={() => {}}
        onPin={() => {}}
        onBrush={() => {}}
      />
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <main className="app">
    <Bench />
  </main>,
);
Object.assign(window, { frameBench: { sweep } });
