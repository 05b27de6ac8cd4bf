/** The map in words, for screen readers and anyone who prefers text to a picture. */
import { axisExtent } from '../../math/mapSelection';
import { formatPercent, formatSigned } from './numbers';

export interface SummaryInput {
  coords: Float64Array;
  ratios: [number, number];
  /** Named categories with their sizes, most frequent first. */
  categories: readonly { label: string; count: number }[];
  otherCount: number;
}

function colourText({ categories, otherCount }: SummaryInput): string {
  const named = categories.map((c) => `${c.label} (${c.count})`).join(', ');
  const other =
    otherCount > 0
      ? ` ${otherCount} ${otherCount === 1 ? 'listing has' : 'listings have'} other titles, in grey.`
      : '';
  return `Colours by job title: ${named}.${other} The table view below lists every point.`;
}

/** UMAP's axes mean nothing, so the summary gives no ranges. */
export function umapSummary(input: SummaryInput): string {
  return (
    `Scatter plot of ${input.coords.length / 2} listings placed by UMAP: listings that are neighbours in ` +
    `all 384 dimensions sit close together; the axes have no meaning. ${colourText(input)}`
  );
}

export function mapSummary(input: SummaryInput): string {
  const { coords, ratios } = input;
  const count = coords.length / 2;
  const [x0, x1] = axisExtent(coords, 0);
  const [y0, y1] = axisExtent(coords, 1);
  return (
    `Scatter plot of ${count} listings on the first two principal components. ` +
    `PC1, across, explains ${formatPercent(ratios[0])} of the variance and runs from ${formatSigned(x0)} to ${formatSigned(x1)}; ` +
    `PC2, up, explains ${formatPercent(ratios[1])} and runs from ${formatSigned(y0)} to ${formatSigned(y1)}. ` +
    colourText(input)
  );
}
