/** Number formats of the PCA map page. */

/** 0.04123 → "4.12%"; small shares keep two decimals so they do not round to 0. */
export function formatPercent(ratio: number): string {
  return `${(ratio * 100).toFixed(ratio < 0.1 ? 2 : 1)}%`;
}

/** A map coordinate with a real minus sign: −0.123. */
export function formatSigned(value: number, digits = 3): string {
  return value.toFixed(digits).replace('-', '−');
}
