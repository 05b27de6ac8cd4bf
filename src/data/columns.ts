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
    // A loop, not Math.max(...lengths): spreading a very wide header overflows the call stack.
    let longest = 0;
    for (let i = 0; i < header.length; i++) {
      const length = i === index || i === label ? 0 : meanTextLength(rows, i);
      if (length > longest) [longest, text] = [length, i];
    }
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

/**
 * Every column's name for pickers and messages: pandas' unnamed index column becomes "column 1",
 * and names used more than once get their position, "title (column 2)", so no two look the same.
 */
export function columnLabels(header: readonly string[]): string[] {
  const names = header.map((name, i) => name.trim() || `column ${i + 1}`);
  const uses = new Map<string, number>();
  for (const name of names) uses.set(name, (uses.get(name) ?? 0) + 1);
  return names.map((name, i) => (uses.get(name)! > 1 ? `${name} (column ${i + 1})` : name));
}

/** One column's label, as in `columnLabels`. */
export function columnName(header: readonly string[], position: number): string {
  return columnLabels(header)[position] ?? `column ${position + 1}`;
}
