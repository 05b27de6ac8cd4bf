import { useMemo, useState } from 'react';
import { ColorLegend } from '../../charts/ColorLegend';
import { DimensionBars } from '../../charts/DimensionBars';
import { Heatmap } from '../../charts/Heatmap';
import { divergingScale, maxAbsolute } from '../../charts/colorScales';
import { gridShape } from '../../charts/heatmapCells';
import { DownloadVectorsButton } from '../../components/DownloadVectorsButton';
import { useReadyModel } from '../../hooks/useReadyModel';
import { useEmbeddings } from '../../hooks/useEmbeddings';
import { difference } from '../../math/difference';
import { topK } from '../../math/topK';
import { norm, row } from '../../math/vector';
import { DimensionSlider } from './DimensionSlider';

// Okabe–Ito blue and orange: apart for every common colour-vision deficiency.
const COLOR_A = '#0072B2';
const COLOR_B = '#E69F00';
const DEFAULT_A = 'A cat sleeps on the sofa.';
const DEFAULT_B = 'A kitten naps on the couch.';
const TOP_DIFFERENCES = 5;

/** (c) two texts' vectors side by side, and their difference. */
export function TwoVectors() {
  const [a, setA] = useState(DEFAULT_A);
  const [b, setB] = useState(DEFAULT_B);
  const [shown, setShown] = useState(24);
  const pair = useMemo(() => [a.trim(), b.trim()], [a, b]);
  const complete = pair.every((text) => text.length > 0);
  const result = useEmbeddings(complete ? pair : []);
  return (
    <>
      <div className="two-inputs">
        <label className="field">
          <span>
            <span className="swatch" style={{ background: COLOR_A }} /> Text A
          </span>
          <input type="text" value={a} maxLength={2000} onChange={(e) => setA(e.target.value)} />
        </label>
        <label className="field">
          <span>
            <span className="swatch" style={{ background: COLOR_B }} /> Text B
          </span>
          <input type="text" value={b} maxLength={2000} onChange={(e) => setB(e.target.value)} />
        </label>
      </div>
      {!complete && <p className="muted">Type a text in both boxes to compare them.</p>}
      {complete && result.state === 'waiting' && <p className="muted">Waiting for the model…</p>}
      {result.state === 'failed' && (
        <p className="notice notice-error" role="alert">
          Embedding failed: {result.message}
        </p>
      )}
      {complete && result.state === 'done' && (
        <TwoVectorsResult
          texts={result.texts}
          vectors={result.vectors}
          dims={result.dims}
          stale={result.stale}
          shown={Math.min(shown, result.dims)}
          onShown={setShown}
        />
      )}
    </>
  );
}

function TwoVectorsResult({
  texts,
  vectors,
  dims,
  stale,
  shown,
  onShown,
}: {
  texts: string[];
  vectors: Float32Array;
  dims: number;
  stale: boolean;
  shown: number;
  onShown: (value: number) => void;
}) {
  const model = useReadyModel();
  const first = row(vectors, dims, 0);
  const second = row(vectors, dims, 1);
  const gap = useMemo(() => difference(row(vectors, dims, 0), row(vectors, dims, 1)), [vectors, dims]);
  const limit = maxAbsolute(gap);
  const color = useMemo(() => divergingScale(limit), [limit]);
  const { cols, rows } = gridShape(dims);
  const biggest = topK(gap, TOP_DIFFERENCES, Math.abs);
  return (
    <div data-testid="two-vectors-result" aria-busy={stale} className={stale ? 'stale' : undefined}>
      <DimensionSlider value={shown} dims={dims} onChange={onShown} />
      <DimensionBars
        series={[
          { name: 'A', color: COLOR_A, values: first },
          { name: 'B', color: COLOR_B, values: second },
        ]}
        count={shown}
        label={`Bars of the first ${shown} numbers of text A (blue) and text B (orange), side by side`}
        testId="pair-bars"
      />
      <p>
        Where the blue and orange bars point the same way, the two texts agree on that dimension. Similar
        texts agree on many dimensions at once; no single pair of bars decides it.
      </p>
      <h3>The difference A − B</h3>
      <p>
        Subtract B from A, dimension by dimension. White cells are where the two texts have almost the same
        number; strong colours are where they differ most. The difference has length {norm(gap).toFixed(3)}:
        that is the straight-line distance between the two points.
      </p>
      <Heatmap
        values={gap}
        cols={cols}
        color={color}
        label={`The difference A minus B, all ${dims} dimensions as a ${rows} by ${cols} grid`}
        describeCell={(cell) => `dimension ${cell.index}: A − B = ${cell.value.toFixed(4)}`}
        testId="difference-heatmap"
      />
      <ColorLegend color={color} min={-limit} max={limit} label="A − B (red: B larger, blue: A larger)" />
      <p>The {TOP_DIFFERENCES} dimensions where they differ most:</p>
      <table className="number-table">
        <thead>
          <tr>
            <th scope="col">dimension</th>
            <th scope="col">A</th>
            <th scope="col">B</th>
            <th scope="col">A − B</th>
          </tr>
        </thead>
        <tbody>
          {biggest.map((d) => (
            <tr key={d}>
              <td>{d}</td>
              <td>{first[d].toFixed(4)}</td>
              <td>{second[d].toFixed(4)}</td>
              <td>{gap[d].toFixed(4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <DownloadVectorsButton
          model={model}
          filename="two-vectors.json"
          texts={texts}
          vectors={vectors}
          dims={dims}
        >
          Download both vectors (JSON)
        </DownloadVectorsButton>
      </p>
    </div>
  );
}
