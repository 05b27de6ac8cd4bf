/** Numbers as a reader writes them: no trailing zeros, a real minus sign. */
export function plain(value: number, digits = 3): string {
  const rounded = Number(value.toFixed(digits));
  // Number() turns -0 into -0; Object.is catches it so it prints as 0.
  const text = String(Object.is(rounded, -0) ? 0 : Math.abs(rounded));
  return rounded < 0 ? `−${text}` : text;
}

/** `plain` in brackets when negative, for use inside a product: 2×(−3). */
export function factor(value: number, digits = 3): string {
  const text = plain(value, digits);
  return text.startsWith('−') ? `(${text})` : text;
}

/** "=" when the printed number is the exact value, "≈" when it was rounded. */
export function equalsSign(value: number, digits = 3): string {
  return Number(value.toFixed(digits)) === value ? '=' : '≈';
}
