import { useMemo } from 'react';
import { CanvasHeatmap } from '../../charts/CanvasHeatmap';
import { ColorLegend } from '../../charts/ColorLegend';
import { divergingScale, maxAbsolute } from '../../charts/colorScales';
import type { Inspection } from '../../embedding/protocol';
import { rowNorms } from '../../math/rowNorms';
import { summarize } from '../../math/vector';

/** Step 2: one row of model output per word piece. */
export function TokenVectorsStep({ inspection }: { inspection: Inspection }) {
  const { tokens, tokenVectors, dims } = inspection;
  const limit = maxAbsolute(tokenVectors);
  const color = useMemo(() => divergingScale(limit), [limit]);
  const { min, max } = summarize(tokenVectors);
  const lengths = rowNorms(tokenVectors, dims);
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  const labels = tokens.map((token) => token.text);
  return (
    <section aria-labelledby="inside-vectors-heading">
      <h2 id="inside-vectors-heading">2. A vector for every piece</h2>
      <p>
        The model passes the pieces through its layers, where each piece looks at all the others. Out comes
        one vector of {dims} numbers per piece, so the same word can get different numbers in different
        sentences. Each row below is one piece; each thin column is one dimension.
      </p>
      <CanvasHeatmap
        values={tokenVectors}
        cols={dims}
        rowLabels={labels}
        color={color}
        label={`Model output: ${tokens.length} word pieces × ${dims} dimensions, blue positive, red negative`}
        describeCell={(r, c, value) => `piece ${r} “${labels[r]}”, dimension ${c}: ${value.toFixed(4)}`}
        testId="token-heatmap"
      />
      <ColorLegend
        color={color}
        min={-limit}
        max={limit}
        label="Output value (red negative, blue positive)"
      />
      <p data-testid="token-vectors-summary">
        {tokens.length} pieces × {dims} numbers = {tokens.length * dims} values, from {min.toFixed(3)} to{' '}
        {max.toFixed(3)}. Each piece&apos;s vector has a length between {shortest.toFixed(2)} and{' '}
        {longest.toFixed(2)}.
      </p>
    </section>
  );
}
