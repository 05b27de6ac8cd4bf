import { useMemo } from 'react';
import { CanvasHeatmap } from '../../charts/CanvasHeatmap';
import { ColorLegend } from '../../charts/ColorLegend';
import { panelScale } from '../../charts/heatmapCells';
import { AfterReveal, AnswerKey, PredictReveal } from '../../components/PredictReveal';
import type { Inspection } from '../../embedding/protocol';
import { rowNorms } from '../../math/rowNorms';
import { norm } from '../../math/vector';
import { LENGTH_CHOICES, lengthChoice } from './lengthQuestion';

const STRIP_HEIGHT = 28;
const QUESTION = 'length';

/** One row of 384 values with a colour scale and legend of its own. */
function Strip({
  values,
  name,
  label,
  testId,
}: {
  values: Float32Array;
  name: string;
  label: string;
  testId: string;
}) {
  const { limit, color } = useMemo(() => panelScale(values), [values]);
  return (
    <>
      <CanvasHeatmap
        values={values}
        cols={values.length}
        rowLabels={[name]}
        color={color}
        cellHeight={STRIP_HEIGHT}
        label={label}
        describeCell={(_row, col, value) => `${name}, dimension ${col}: ${value.toFixed(4)}`}
        testId={testId}
      />
      <ColorLegend
        color={color}
        min={-limit}
        max={limit}
        format={(v) => v.toFixed(3)}
        label={`Colour scale of the ${name} strip only (red negative, blue positive)`}
      />
    </>
  );
}

/** Steps 3 and 4: average the pieces' vectors, then scale the average to length 1. */
export function PoolingSteps({ inspection }: { inspection: Inspection }) {
  const { pooled, vector, tokenVectors, dims } = inspection;
  const pooledLength = norm(pooled);
  const vectorLength = norm(vector);
  const lengths = rowNorms(tokenVectors, dims);
  const meanTokenLength = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
  const largest = pooled.reduce((best, value, i) => (Math.abs(value) > Math.abs(pooled[best]) ? i : best), 0);
  const shownLength = pooledLength.toFixed(3);

  return (
    <>
      <PredictReveal
        id={QUESTION}
        question="Next, the model averages the pieces' vectors into one. Is the length of that average less than 1, exactly 1, or more than 1?"
        choices={LENGTH_CHOICES}
        correct={lengthChoice(pooledLength)}
      >
        <p>
          For this text the average has length <AnswerKey>{shownLength}</AnswerKey>. Nothing in averaging aims
          for 1: the pieces&apos; vectors are {meanTokenLength.toFixed(2)} long on average, and averaging
          arrows that point in different directions gives a shorter arrow (never a longer one). Here the
          average kept {((100 * pooledLength) / meanTokenLength).toFixed(0)}% of that length. That is why step
          4 exists.
        </p>
      </PredictReveal>

      <section aria-labelledby="inside-pooled-heading">
        <h2 id="inside-pooled-heading">3. Average the pieces</h2>
        <p>
          To get one vector for the whole text, the model takes the mean of the rows above, dimension by
          dimension (“mean pooling”). Every piece, <code>[CLS]</code> and <code>[SEP]</code> included, counts
          the same.
        </p>
        <Strip
          values={pooled}
          name="mean"
          label={`The average of the pieces' vectors, ${dims} dimensions`}
          testId="pooled-strip"
        />
        <p>
          Length of the average:{' '}
          <AfterReveal id={QUESTION}>
            <strong data-testid="pooled-norm">{shownLength}</strong>
          </AfterReveal>
        </p>
      </section>

      <section aria-labelledby="inside-normalised-heading">
        <h2 id="inside-normalised-heading">4. Scale to length 1</h2>
        <p>
          Finally every number is divided by the length of the average. The direction stays; only the size
          changes, so the pattern below is the pattern above. Each strip has its own colour scale, shown under
          it: on one shared scale the smaller of the two would look almost blank. Compare the numbers on the
          two scales to see how much the values shrank or grew. With every text at length 1, comparing two
          texts only compares their directions.
        </p>
        <Strip
          values={vector}
          name="scaled"
          label={`The embedding: the average scaled to length 1, ${dims} dimensions`}
          testId="normalised-strip"
        />
        <dl className="stats">
          <div>
            <dt>length before (‖mean‖)</dt>
            <dd>
              <AfterReveal id={QUESTION}>{shownLength}</AfterReveal>
            </dd>
          </div>
          <div>
            <dt>length after</dt>
            <dd data-testid="vector-norm">{vectorLength.toFixed(3)}</dd>
          </div>
        </dl>
        <p>
          For example, the number of the average farthest from zero, dimension {largest}:{' '}
          <AfterReveal id={QUESTION}>
            {pooled[largest].toFixed(4)} ÷ {shownLength} = {vector[largest].toFixed(4)}
          </AfterReveal>
          . This list of {dims} numbers is the embedding.
        </p>
      </section>
    </>
  );
}
