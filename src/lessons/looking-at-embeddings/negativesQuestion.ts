/** The "how many are negative?" question: three ranges of a vector's dimensions. */
export function negativeChoices(dims: number): string[] {
  const quarter = Math.round(dims / 4);
  return [`Fewer than ${quarter}`, `Between ${quarter} and ${dims - quarter}`, `More than ${dims - quarter}`];
}

/** Index into negativeChoices for the real count. */
export function negativeChoice(negatives: number, dims: number): number {
  const quarter = Math.round(dims / 4);
  return negatives < quarter ? 0 : negatives <= dims - quarter ? 1 : 2;
}

export function countNegatives(values: ArrayLike<number>): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] < 0) count++;
  return count;
}
