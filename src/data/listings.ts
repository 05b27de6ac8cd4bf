/** Rows of a parsed CSV → the listings a page embeds and searches. */
import { columnName, type ColumnChoice } from './columns';
import type { CsvTable } from './csvTable';

export interface Listing {
  /** The CSV's own index column value, or the row's 0-based position when there is none. */
  index: string;
  /** The label column's value ('' when there is no label column). */
  title: string;
  /** The text that is embedded. */
  text: string;
}

export interface SkippedRows {
  /** Data rows in the file (blank lines excluded). */
  total: number;
  /** Rows left out because their text cell is empty. */
  emptyText: number;
}

/** Keeps rows with text; CRLF inside cells becomes LF so the same text always hashes the same. */
export function buildListings(
  table: CsvTable,
  columns: ColumnChoice,
): { listings: Listing[]; skipped: SkippedRows } {
  const listings: Listing[] = [];
  table.rows.forEach((row, position) => {
    const text = (row[columns.text] ?? '').replace(/\r\n?/g, '\n');
    if (text.trim() === '') return;
    listings.push({
      index: columns.index === null ? String(position) : (row[columns.index] ?? '').trim(),
      title: columns.label === null ? '' : (row[columns.label] ?? '').replace(/\s+/g, ' ').trim(),
      text,
    });
  });
  return { listings, skipped: { total: table.rows.length, emptyText: table.rows.length - listings.length } };
}

/** "2 of 302 rows skipped: empty description (column “Job Description”)", or '' when none were. */
export function describeSkipped(
  skipped: SkippedRows,
  header: readonly string[],
  columns: ColumnChoice,
): string {
  if (skipped.emptyText === 0) return '';
  return `${skipped.emptyText} of ${skipped.total} rows skipped: empty description (column “${columnName(header, columns.text)}”)`;
}
