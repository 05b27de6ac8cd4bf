/** One dataset load: bytes (file or URL) → CSV table in the worker → columns → listings. */
import { guessColumns, type ColumnChoice } from './columns';
import type { CsvTable } from './csvTable';
import { fail, succeed, type Outcome } from './datasetError';
import { BUNDLED_DATASET_PATH, FULL_DATASET_URL, nameFromUrl, type DatasetSource } from './datasetSources';
import { parseHttpUrl } from './httpUrl';
import { buildListings, type Listing, type SkippedRows } from './listings';
import { parseCsvInWorker } from './parseCsvInWorker';
import { fetchCsvBytes, readFileBytes } from './readSource';

export type DatasetRequest =
  { kind: 'bundled' } | { kind: 'full' } | { kind: 'url'; url: string } | { kind: 'file'; file: File };

export interface LoadedDataset {
  name: string;
  source: DatasetSource;
  table: CsvTable;
  columns: ColumnChoice;
  listings: Listing[];
  skipped: SkippedRows;
}

export type LoadStage = 'download' | 'read' | 'parse';

type UrlRequest = Exclude<DatasetRequest, { kind: 'file' }>;

function urlOf(request: UrlRequest, baseUrl: string): string {
  switch (request.kind) {
    case 'bundled':
      return new URL(BUNDLED_DATASET_PATH, baseUrl).href;
    case 'full':
      return FULL_DATASET_URL;
    case 'url':
      // An address that does not parse stays as typed: loadDataset refuses it with a message.
      return URL.canParse(request.url, baseUrl) ? new URL(request.url, baseUrl).href : request.url;
  }
}

/** Only http(s) can be fetched: the Content Security Policy blocks data:, blob: and the rest. */
function unusableAddress(request: DatasetRequest, baseUrl: string): Outcome<never> | undefined {
  if (request.kind !== 'url' || parseHttpUrl(request.url, baseUrl)) return undefined;
  return fail({
    kind: 'network',
    problem: `“${request.url}” is not a web address this page can load a CSV from.`,
    advice: 'Use a link that starts with https://, or open the file with “Choose a CSV file…”.',
  });
}

function sourceOf(request: DatasetRequest, baseUrl: string): DatasetSource {
  return request.kind === 'file'
    ? { kind: 'file', fileName: request.file.name }
    : { kind: request.kind, url: urlOf(request, baseUrl) };
}

const nameOf = (source: DatasetSource) =>
  source.kind === 'file' ? source.fileName : nameFromUrl(source.url);

export function requestName(request: DatasetRequest, baseUrl: string): string {
  return nameOf(sourceOf(request, baseUrl));
}

/** Builds listings for a column choice, failing when the chosen text column is empty everywhere. */
export function listingsFor(
  table: CsvTable,
  columns: ColumnChoice,
): Outcome<{ listings: Listing[]; skipped: SkippedRows }> {
  const built = buildListings(table, columns);
  if (built.listings.length > 0) return succeed(built);
  return fail({
    kind: 'no-text-column',
    problem: `The column “${table.header[columns.text] ?? ''}” is empty in all ${table.rows.length} rows, so there is nothing to embed.`,
    advice: 'Pick the column that holds the descriptions, or load a CSV that has text in it.',
  });
}

export async function loadDataset(
  request: DatasetRequest,
  options: {
    baseUrl: string;
    signal?: AbortSignal;
    onProgress?: (stage: LoadStage, fraction: number | undefined) => void;
    stallMs?: number;
  },
): Promise<Outcome<LoadedDataset>> {
  const { signal, onProgress } = options;
  const unusable = unusableAddress(request, options.baseUrl);
  if (unusable) return unusable;
  const source = sourceOf(request, options.baseUrl);
  const name = nameOf(source);
  onProgress?.(request.kind === 'file' ? 'read' : 'download', undefined);
  const bytes =
    request.kind === 'file'
      ? await readFileBytes(request.file)
      : await fetchCsvBytes(urlOf(request, options.baseUrl), name, {
          signal,
          stallMs: options.stallMs,
          onProgress: (f) => onProgress?.('download', f),
        });
  if (!bytes.ok) return bytes;
  onProgress?.('parse', 0);
  const table = await parseCsvInWorker(bytes.value, name, {
    signal,
    onProgress: (f) => onProgress?.('parse', f),
  });
  if (!table.ok) return table;
  const columns = guessColumns(table.value);
  if (!columns.ok) return columns;
  const built = listingsFor(table.value, columns.value);
  if (!built.ok) return built;
  return succeed({ name, source, table: table.value, columns: columns.value, ...built.value });
}
