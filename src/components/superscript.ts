const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * An integer as Unicode superscript characters ("115" → "¹¹⁵"), so a power such as 10¹¹⁵ stays
 * one piece of plain text: it copies, wraps and reads the same everywhere.
 */
export function superscript(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`superscript expects an integer, got ${n}`);
  return String(n).replace(/[-\d]/g, (c) => (c === '-' ? '⁻' : SUPERSCRIPT_DIGITS[Number(c)]));
}
