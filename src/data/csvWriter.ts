/**
 * The one CSV writer for every file the app saves. Text cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return; OWASP's CSV-injection rule) get a
 * leading apostrophe, so Excel, LibreOffice and Google Sheets show them as text. Numbers are
 * written as numbers: a negative coordinate is data, not a formula.
 */
export type CsvCell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

/** `=HYPERLINK(…)` → `'=HYPERLINK(…)`; other text unchanged. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field: text neutralised, then quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: CsvCell): string {
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: a header line, then one line per row, each line ending in CRLF (RFC 4180). */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}
