import { useMemo, useState } from 'react';
import { ColorLegend } from '../../charts/ColorLegend';
import { DimensionBars } from '../../charts/DimensionBars';
import { Heatmap } from '../../charts/Heatmap';
import { divergingScale, maxAbsolute } from '../../charts/colorScales';
import { gridShape } from '../../charts/heatmapCells';
import { DownloadVectorsButton } from '../../components/DownloadVectorsButton';
import { useReadyModel } from '../../hooks/useReadyModel';
import { AfterReveal, AnswerKey, PredictReveal } from '../../components/PredictReveal';
import { useEmbeddings } from '../../hooks/useEmbeddings';
import { summarize } from '../../math/vector';
import { DimensionSlider } from './DimensionSlider';
import { countNegatives, negativeChoice, negativeChoices } from './negativesQuestion';

const DEFAULT_TEXT = 'A quiet morning walk along the river.';
const DEFAULT_SHOWN = 32;
const NEGATIVES_QUESTION = 'negatives';

/** (a) the first N dimensions as bars and (b) all of them as a grid, for one text. */
export function OneVector() {
  const [text, setText] = useState(DEFAULT_TEXT);
  const [shown, setShown] = useState(DEFAULT_SHOWN);
  const trimmed = text.trim();
  const texts = useMemo(() => (trimmed ? [trimmed] : []), [trimmed]);
  const result = useEmbeddings(texts);
  return (
    <>
      <label className="field">
        <span>Your text</span>
        <input
          type="text"
          value={text}
          maxLength={2000}
          data-testid="looking-input"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {texts.length === 0 && <p className="muted">Type some text to see its vector.</p>}
      {texts.length > 0 && result.state === 'waiting' && <p className="muted">Waiting for the model…</p>}
      {result.state === 'failed' && (
        <p className="notice notice-error" role="alert">
          Embedding failed: {result.message}
        </p>
      )}
      {texts.length > 0 && result.state === 'done' && (
        <OneVectorResult
          text={result.texts[0]}
          vector={result.vectors}
          dims={result.dims}
          stale={result.stale}
          shown={Math.min(shown, result.dims)}
          onShown={setShown}
        />
      )}
    </>
  );
}

function OneVectorResult({
  text,
  vector,
  dims,
  stale,
  shown,
  onShown,
}: {
  text: string;
  vector: Float32Array;
  dims: number;
  stale: boolean;
  shown: number;
  onShown: (value: number) => void;
}) {
  const model = useReadyModel();
  const limit = maxAbsolute(vector);
  const color = useMemo(() => divergingScale(limit), [limit]);
  const { cols, rows } = gridShape(dims);
  const { min, max } = summarize(vector);
  const negatives = countNegatives(vector);
  return (
    <div data-testid="one-vector-result" aria-busy={stale} className={stale ? 'stale' : undefined}>
      <PredictReveal
        id={NEGATIVES_QUESTION}
        question={`Of the ${dims} numbers in this text's vector, how many are negative?`}
        choices={negativeChoices(dims)}
        correct={negativeChoice(negatives, dims)}
      >
        <p>
          <AnswerKey>{negatives}</AnswerKey> of {dims} ({((100 * negatives) / dims).toFixed(0)}%) are below
          zero. There is no rule that numbers must be positive: each dimension is just a coordinate, and a
          text sits on one side of zero or the other. In the charts below, negative numbers are the red cells
          and the bars that point down.
        </p>
      </PredictReveal>

      <section aria-labelledby="bars-heading">
        <h2 id="bars-heading">1. The numbers as bars</h2>
        <p>
          Each bar is one number of the vector: its position is the dimension, its height the value. Slide to
          show more of them; by {dims} the bars are too thin to tell apart, which is why the next picture
          folds them into a grid.
        </p>
        <DimensionSlider value={shown} dims={dims} onChange={onShown} testId="dimension-slider" />
        <DimensionBars
          series={[{ name: text, color: '#0072B2', values: vector }]}
          count={shown}
          label={`Bar chart of the first ${shown} of ${dims} numbers of the vector for “${text}”, from ${min.toFixed(3)} to ${max.toFixed(3)} overall`}
          testId="dimension-bars"
        />
      </section>

      <section aria-labelledby="grid-heading">
        <h2 id="grid-heading">2. All {dims} at once</h2>
        <p>
          The same {dims} numbers as a {rows} × {cols} grid of colours, read like a page: dimension 0 at the
          top left, dimension {cols - 1} at the end of the first row. Blue is positive, red negative, white
          near zero. The grid has no meaning of its own; it just fits everything on one screen.
        </p>
        <Heatmap
          values={vector}
          cols={cols}
          color={color}
          label={`All ${dims} numbers of the vector for “${text}” as a ${rows} by ${cols} grid, from ${min.toFixed(3)} to ${max.toFixed(3)}`}
          describeCell={(cell) => `dimension ${cell.index}: ${cell.value.toFixed(4)}`}
          testId="vector-heatmap"
        />
        <ColorLegend color={color} min={-limit} max={limit} label="Value (red negative, blue positive)" />
        <p>
          Smallest {min.toFixed(4)}, largest {max.toFixed(4)}; negative:{' '}
          <AfterReveal id={NEGATIVES_QUESTION}>{negatives}</AfterReveal>.{' '}
          <DownloadVectorsButton
            model={model}
            filename="vector.json"
            texts={[text]}
            vectors={vector}
            dims={dims}
          >
            Download this vector (JSON)
          </DownloadVectorsButton>
        </p>
      </section>
    </div>
  );
}
