import { useMemo, useState } from 'react';
import { ColorLegend } from '../../charts/ColorLegend';
import { Heatmap } from '../../charts/Heatmap';
import { divergingScale, maxAbsolute } from '../../charts/colorScales';
import { gridShape } from '../../charts/heatmapCells';
import { DownloadVectorsButton } from '../../components/DownloadVectorsButton';
import { RankedList } from '../../components/RankedList';
import { useReadyModel } from '../../hooks/useReadyModel';
import { useEmbeddings, type EmbeddingsState } from '../../hooks/useEmbeddings';
import { signedProductRoot } from '../../math/products';
import { topK } from '../../math/topK';
import { row } from '../../math/vector';
import { textLines } from '../../components/textLines';

const CITIES = [
  'Paris',
  'Tokyo',
  'New York',
  'London',
  'Cairo',
  'Sydney',
  'Rio de Janeiro',
  'Moscow',
  'Mumbai',
  'Toronto',
];
const CONTROL = [
  'banana',
  'violin',
  'happiness',
  'bicycle',
  'thunder',
  'pencil',
  'yellow',
  'whisper',
  'mountain',
  'soup',
];
const TOP = 10;

interface SetResult {
  texts: string[];
  vectors: Float32Array;
  dims: number;
  /** sign(p)·|p|^(1/n) per dimension. */
  together: Float64Array;
  top: number[];
}

/** (d) the element-wise product of several texts' vectors, for a set of cities and a control set. */
export function LightUpTogether() {
  const model = useReadyModel();
  const [citiesText, setCitiesText] = useState(CITIES.join('\n'));
  const [controlText, setControlText] = useState(CONTROL.join('\n'));
  const cities = useMemo(() => textLines(citiesText), [citiesText]);
  const control = useMemo(() => textLines(controlText), [controlText]);
  const citiesResult = useEmbeddings(cities);
  const controlResult = useEmbeddings(control);
  const citySet = useSetResult(cities.length > 0 ? citiesResult : undefined);
  const controlSet = useSetResult(control.length > 0 ? controlResult : undefined);
  const failed = [citiesResult, controlResult].find((r) => r.state === 'failed');
  const stale = [citiesResult, controlResult].some((r) => r.state === 'done' && r.stale);
  const both = citySet && controlSet;
  const limit = both ? Math.max(maxAbsolute(citySet.together), maxAbsolute(controlSet.together)) : 0;
  const color = useMemo(() => divergingScale(limit), [limit]);
  const shared = both ? citySet.top.filter((d) => controlSet.top.includes(d)).length : 0;

  return (
    <>
      <div className="two-inputs">
        <label className="field">
          <span>Set 1 (one text per line)</span>
          <textarea
            value={citiesText}
            rows={10}
            maxLength={4000}
            onChange={(e) => setCitiesText(e.target.value)}
          />
        </label>
        <label className="field">
          <span>Set 2, the control (one per line)</span>
          <textarea
            value={controlText}
            rows={10}
            maxLength={4000}
            onChange={(e) => setControlText(e.target.value)}
          />
        </label>
      </div>
      {(cities.length === 0 || control.length === 0) && (
        <p className="muted">Put at least one text in each set.</p>
      )}
      {failed?.state === 'failed' && (
        <p className="notice notice-error" role="alert">
          Embedding failed: {failed.message}
        </p>
      )}
      {cities.length > 0 && control.length > 0 && !both && !failed && (
        <p className="muted">Waiting for the model…</p>
      )}
      {both && (
        <div data-testid="together-result" aria-busy={stale} className={stale ? 'stale' : undefined}>
          <ColorLegend
            color={color}
            min={-limit}
            max={limit}
            label="Signed root of the product (red negative, blue positive), both sets"
          />
          <div className="side-by-side">
            <SetPanel name="Set 1" set={citySet} color={color} testId="product-heatmap-set1" />
            <SetPanel name="Set 2 (control)" set={controlSet} color={color} testId="product-heatmap-set2" />
          </div>
          <p data-testid="top-overlap">
            {shared} of the {TOP} strongest dimensions of set 1 are also among the {TOP} strongest of set 2.
          </p>
          <p>
            <DownloadVectorsButton
              model={model}
              filename="sets-vectors.json"
              texts={[...citySet.texts, ...controlSet.texts]}
              vectors={concat(citySet.vectors, controlSet.vectors)}
              dims={citySet.dims}
            />
          </p>
        </div>
      )}
    </>
  );
}

/** The product root and its strongest dimensions, once a set's vectors are in. */
function useSetResult(result: EmbeddingsState | undefined): SetResult | undefined {
  const done = result?.state === 'done' ? result : undefined;
  const texts = done?.texts;
  const vectors = done?.vectors;
  const dims = done?.dims;
  return useMemo(() => {
    if (!texts || !vectors || !dims) return undefined;
    const together = signedProductRoot(texts.map((_, i) => row(vectors, dims, i)));
    return { texts, vectors, dims, together, top: topK(together, TOP, Math.abs) };
  }, [texts, vectors, dims]);
}

function SetPanel({
  name,
  set,
  color,
  testId,
}: {
  name: string;
  set: SetResult;
  color: (value: number) => string;
  testId: string;
}) {
  const { cols, rows } = gridShape(set.dims);
  const n = set.texts.length;
  return (
    <section className="set-panel" aria-label={`${name}: ${n} texts`}>
      <h3>
        {name}{' '}
        <span className="muted">
          ({n} {n === 1 ? 'text' : 'texts'})
        </span>
      </h3>
      <Heatmap
        values={set.together}
        cols={cols}
        color={color}
        label={`${name}: sign times the ${n}th root of the product of ${n} vectors, ${set.dims} dimensions as a ${rows} by ${cols} grid`}
        describeCell={(cell) => `dimension ${cell.index}: ${cell.value.toFixed(4)}`}
        testId={testId}
      />
      <p className="top-title">The {TOP} strongest dimensions (largest size, either sign):</p>
      <RankedList items={set.top} keyOf={(d) => d} className="top-dimensions" data-testid={`${testId}-top`}>
        {(d) => (
          <>
            <span className="dim-index">dim {d}</span>{' '}
            <span className={set.together[d] < 0 ? 'negative' : 'positive'}>
              {set.together[d].toFixed(4)}
            </span>
          </>
        )}
      </RankedList>
    </section>
  );
}

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
