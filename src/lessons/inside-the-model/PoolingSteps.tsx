import { useMemo } from 'react';
import { CanvasHeatmap } from '../../charts/CanvasHeatmap';
import { ColorLegend } from '../../charts/ColorLegend';
import { divergingScale, maxAbsolute } from '../../charts/colorScales';
import { PredictReveal } from '../../components/PredictReveal';
import type { Inspection } from '../../embedding/protocol';
import { rowNorms } from '../../math/rowNorms';
import { norm } from '../../math/vector';
import { LENGTH_CHOICES, lengthChoice } from './lengthQuestion';

const STRIP_HEIGHT = 28;

/** Steps 3 and 4: average the pieces' vectors, then scale the average to length 1. */
export function PoolingSteps({ inspection }: { inspection: Inspection }) {
  const { pooled, vector, tokenVectors, dims } = inspection;
  const pooledLength = norm(pooled);
  const vectorLength = norm(vector);
  const lengths = rowNorms(tokenVectors, dims);
  const meanTokenLength = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
  // One colour scale for both strips, so the eye sees that scaling keeps the pattern.
  const limit = Math.max(maxAbsolute(pooled), maxAbsolute(vector));
  const color = useMemo(() => divergingScale(limit), [limit]);
  const describe = (name: string) => (_row: number, col: number, value: number) =>
    `${name}, dimension ${col}: ${value.toFixed(4)}`;
  const largest = pooled.reduce((best, value, i) => (Math.abs(value) > Math.abs(pooled[best]) ? i : best), 0);

  return (
    <>
      <PredictReveal
        testId="predict-length"
        question="Next, the model averages the pieces' vectors into one. Is the length of that average less than 1, exactly 1, or more than 1?"
        choices={LENGTH_CHOICES}
        correct={lengthChoice(pooledLength)}
      >
        <p>
          For this text the average has length <strong>{pooledLength.toFixed(3)}</strong>. Nothing in
          averaging aims for 1: the pieces&apos; vectors are {meanTokenLength.toFixed(2)} long on average, and
          averaging arrows that point in different directions gives a shorter arrow (never a longer one). Here
          the average kept {((100 * pooledLength) / meanTokenLength).toFixed(0)}% of that length. That is why
          step 4 exists.
        </p>
      </PredictReveal>

      <section aria-labelledby="inside-pooled-heading">
        <h2 id="inside-pooled-heading">3. Average the pieces</h2>
        <p>
          To get one vector for the whole text, the model takes the mean of the rows above, dimension by
          dimension (“mean pooling”). Every piece, <code>[CLS]</code> and <code>[SEP]</code> included, counts
          the same.
        </p>
        <CanvasHeatmap
          values={pooled}
          cols={dims}
          rowLabels={['mean']}
          color={color}
          cellHeight={STRIP_HEIGHT}
          label={`The average of the pieces' vectors, ${dims} dimensions`}
          describeCell={describe('mean')}
          testId="pooled-strip"
        />
        <p>
          Length of the average: <strong data-testid="pooled-norm">{pooledLength.toFixed(3)}</strong>
        </p>
      </section>

      <section aria-labelledby="inside-normalised-heading">
        <h2 id="inside-normalised-heading">4. Scale to length 1</h2>
        <p>
          Finally every number is divided by that length, {pooledLength.toFixed(3)}. The direction stays; only
          the size changes, so the pattern below matches the one above,{' '}
          {pooledLength > 1 ? 'fainter' : 'stronger'}. With every text at length 1, comparing two texts only
          compares their directions.
        </p>
        <CanvasHeatmap
          values={vector}
          cols={dims}
          rowLabels={['scaled']}
          color={color}
          cellHeight={STRIP_HEIGHT}
          label={`The embedding: the average scaled to length 1, ${dims} dimensions`}
          describeCell={describe('scaled')}
          testId="normalised-strip"
        />
        <ColorLegend
          color={color}
          min={-limit}
          max={limit}
          label="Value in steps 3 and 4 (red negative, blue positive)"
        />
        <dl className="stats">
          <div>
            <dt>length before (‖mean‖)</dt>
            <dd>{pooledLength.toFixed(3)}</dd>
          </div>
          <div>
            <dt>length after</dt>
            <dd data-testid="vector-norm">{vectorLength.toFixed(3)}</dd>
          </div>
        </dl>
        <p>
          For example, the number of the average farthest from zero, dimension {largest}:{' '}
          {pooled[largest].toFixed(4)} ÷ {pooledLength.toFixed(3)} = {vector[largest].toFixed(4)}. This list
          of {dims} numbers is the embedding.
        </p>
      </section>
    </>
  );
}
