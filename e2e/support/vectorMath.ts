/**
 * The tests' own vector arithmetic, written apart from src/math on purpose: a page's numbers are
 * checked against an independent computation from the vectors it downloads.
 */
export const dotOf = (a: readonly number[], b: readonly number[]) =>
  a.reduce((sum, value, i) => sum + value * b[i], 0);
export const lengthOf = (a: readonly number[]) => Math.sqrt(dotOf(a, a));
export const cosineOf = (a: readonly number[], b: readonly number[]) =>
  dotOf(a, b) / (lengthOf(a) * lengthOf(b));
export const distanceOf = (a: readonly number[], b: readonly number[]) =>
  Math.sqrt(a.reduce((sum, value, i) => sum + (value - b[i]) ** 2, 0));

/** Reads a number the page prints with a typographic minus sign. */
export const readNumber = (text: string | null) => Number((text ?? '').replace('−', '-'));
