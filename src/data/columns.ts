/**
 * Which CSV columns hold the text to embed, the label (title) and the row index. Known header
 * names are picked automatically; otherwise the column with the longest text is the text column.
 */
import type { CsvTable } from './csvTable';
import { fail, succeed, type Outcome } from './datasetError';

export interface ColumnChoice {
  /** Position of the column whose text is embedded. */
  text: number;
  /** Position of the label column (e.g. "Job Title"), or null when there is none. */
  label: number | null;
  /** Position of the CSV's own index column (pandas writes it with an empty name), or null. */
  index: number | null;
}

const TEXT_NAMES = [
  'job description',
  'description',
  'text',
  'desc',
  'body',
  'content',
  'document',
  'sentence',
  'abstract',
  'review',
];
const LABEL_NAMES = ['job title', 'title', 'label', 'name', 'category', 'class', 'role'];
const INDEX_NAMES = ['', 'index', 'id', 'unnamed: 0', 'row'];

/** "Job_Description " → "job description". */
export function normalizeHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

function findByName(
  header: readonly string[],
  names: readonly string[],
  taken: readonly (number | null)[],
): number | null {
  const normalized = header.map(normalizeHeader);
  for (const name of names) {
    const position = normalized.findIndex((candidate, i) => candidate === name && !taken.includes(i));
    if (position >= 0) return position;
  }
  return null;
}

const isNumber = (value: string) => value.trim() !== '' && Number.isFinite(Number(value));

/** Mean length of a column's non-numeric cells; 0 when it has none (a column of ids or scores). */
export function meanTextLength(rows: readonly string[][], column: number): number {
  let total = 0;
  let count = 0;
  for (const row of rows) {
    const value = row[column]?.trim() ?? '';
    if (value === '' || isNumber(value)) continue;
    total += value.length;
    count++;
  }
  return count === 0 ? 0 : total / count;
}

export function guessColumns(table: CsvTable): Outcome<ColumnChoice> {
  const { header, rows } = table;
  const index = findByName(header, INDEX_NAMES, []);
  const byName = findByName(header, TEXT_NAMES, [index]);
  let label = findByName(header, LABEL_NAMES, [index, byName]);
  let text = byName;
  if (text === null) {
    const lengths = header.map((_, i) => (i === index || i === label ? 0 : meanTextLength(rows, i)));
    const longest = lengths.indexOf(Math.max(...lengths));
    text = lengths[longest] > 0 ? longest : null;
  }
  if (text === null && label !== null && meanTextLength(rows, label) > 0) {
    // The only text there is sits in a column named like a label: embed that.
    [text, label] = [label, null];
  }
  if (text === null) {
    return fail({
      kind: 'no-text-column',
      problem: 'No column holds text to embed: every column is empty or numbers.',
      where: `Columns: ${header.map((name) => `“${name}”`).join(', ')}.`,
      advice:
        'Load a CSV with a column of descriptions. Headers such as “Job Description”, “description” or “text” are picked automatically.',
    });
  }
  return succeed({ text, label, index });
}

/** A column's name for messages; pandas' unnamed index column has none. */
export function columnName(header: readonly string[], position: number): string {
  return header[position]?.trim() || `column ${position + 1}`;
}
