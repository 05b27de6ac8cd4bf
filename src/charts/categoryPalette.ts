/**
 * Colours for up to nine categories plus "other": Paul Tol's "muted" qualitative scheme, designed
 * to stay distinguishable with the common colour-vision deficiencies, in his recommended order.
 * It has no black, which stays free for the marks drawn on top (rings, lines, the query marker).
 */
export const CATEGORY_COLORS = [
  '#CC6677',
  '#332288',
  '#DDCC77',
  '#117733',
  '#88CCEE',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
] as const;

/** "Other": a mid grey that stays visible beside the pale grey of points left out of a selection. */
export const OTHER_COLOR = '#8c8c8c';

/** Points outside the current selection: visible but quiet. */
export const FADED_COLOR = 'rgba(170, 170, 170, 0.45)';

/** Colour of category `code` when there are `named` named categories (code `named` is "other"). */
export function categoryColor(code: number, named: number): string {
  return code < named ? CATEGORY_COLORS[code % CATEGORY_COLORS.length] : OTHER_COLOR;
}
