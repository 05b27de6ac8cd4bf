/** Choices of the "length after averaging" question, in the order they are offered. */
export const LENGTH_CHOICES = ['Less than 1', 'Exactly 1', 'More than 1'] as const;

/** Index into LENGTH_CHOICES for a length, judged at the three decimals the page shows. */
export function lengthChoice(length: number): number {
  const shown = Math.round(length * 1000);
  return shown < 1000 ? 0 : shown === 1000 ? 1 : 2;
}
