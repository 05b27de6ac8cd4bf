/**
 * CSV text → a header and rows of strings. papaparse is passed in rather than imported, so that it
 * is loaded only where parsing runs: in the CSV worker (and in unit tests), never in the page.
 */
import type Papa from 'papaparse';
import { fail, succeed, type Outcome } from './datasetError';

export interface CsvTable {
  header: string[];
  /** Data rows, without blank lines. Rows may be shorter or longer than the header. */
  rows: string[][];
}

export type CsvParser = Pick<typeof Papa, 'parse'>;

/** More columns than any text dataset needs; past this the column picker and guessing get slow. */
export const MAX_COLUMNS = 1000;

/** 1-based line of a character offset. */
export function lineOfChar(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Where the field around `offset` opens: the last quote before it that starts a field. */
function openingQuoteBefore(text: string, offset: number): number {
  for (let i = Math.min(offset, text.length - 1); i >= 0; i--) {
    if (text[i] === '"' && (i === 0 || /[,;\t|\n\r]/.test(text[i - 1]))) return i;
  }
  return offset;
}

/**
 * Parses CSV text (comma, tab, semicolon or pipe separated; CRLF or LF; quoted fields may span
 * lines). `onProgress` gets the fraction of the text parsed so far.
 */
export function parseCsvTable(
  papa: CsvParser,
  text: string,
  onProgress?: (fraction: number) => void,
): Outcome<CsvTable> {
  const rows: string[][] = [];
  let quoteError: { code: string; index: number } | undefined;
  let reported = 0;
  papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
    step: (result, parser) => {
      const error = result.errors.find((e) => e.type === 'Quotes');
      if (error) {
        // In step mode papaparse gives the error's character index into the whole text.
        quoteError = { code: error.code, index: error.index ?? result.meta.cursor };
        parser.abort();
        return;
      }
      rows.push(result.data);
      const fraction = result.meta.cursor / text.length;
      if (onProgress && fraction - reported >= 0.01) {
        reported = fraction;
        onProgress(fraction);
      }
    },
  });
  if (quoteError) {
    const opening = openingQuoteBefore(text, quoteError.index - 1);
    const line = lineOfChar(text, opening);
    return fail(
      quoteError.code === 'MissingQuotes'
        ? {
            kind: 'quotes',
            problem:
              'A quoted field is never closed: its opening " has no matching closing ", so the rest of the file would become one cell.',
            where: `The quote opens on line ${line}.`,
            advice:
              'Add the missing closing quote on that line. A quote that belongs inside a field must be doubled ("").',
          }
        : {
            kind: 'quotes',
            problem: 'A quoted field has text right after its closing quote.',
            where: `Line ${lineOfChar(text, quoteError.index)}.`,
            advice: 'Double any quote that belongs inside the field ("") or put the whole field in quotes.',
          },
    );
  }
  const [header, ...data] = rows;
  if (!header) {
    return fail({
      kind: 'empty',
      problem: 'The file has no rows.',
      advice: 'Choose a CSV file with a header row and at least one row of text.',
    });
  }
  if (header.length > MAX_COLUMNS) {
    return fail({
      kind: 'too-many-columns',
      problem: `The file has too many columns: ${header.length} columns; this page reads at most ${MAX_COLUMNS}.`,
      where: 'Counted in the header row (line 1).',
      advice:
        'Keep only the columns you need, e.g. the title and the description (pandas: df[["Job Title", "Job Description"]].to_csv("small.csv")).',
    });
  }
  if (data.length === 0) {
    return fail({
      kind: 'no-rows',
      problem: 'The file has a header row but no data rows.',
      where: `Header: ${header.map((name) => `“${name}”`).join(', ')}.`,
      advice: 'Add rows below the header, one listing per row.',
    });
  }
  onProgress?.(1);
  return succeed({ header: header.map((name) => name.trim()), rows: data });
}
