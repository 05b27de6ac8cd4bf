/** Where datasets come from. */
import { parseHttpUrl } from './httpUrl';

/** The built-in sample, shipped in public/data (relative to the app, so it works under any base path). */
export const BUNDLED_DATASET_PATH = 'data/job-listings.csv';

/**
 * The full job-listings CSV (≈2,300 rows) that the original workshop notebook reads with
 * `pd.read_csv(...)`. UNVERIFIED HERE: the build machine has no internet access, so this path was
 * taken from a stored copy of the MSOE AI Club notebook, not from a live request. If it ever moves,
 * the page says the download failed and keeps the dataset it has.
 */
export const FULL_DATASET_URL =
  'https://raw.githubusercontent.com/MSOE-AI-Club/workshops/refs/heads/main/Embeddings/job_title_des.csv';

export type DatasetSource =
  | { kind: 'bundled'; url: string }
  | { kind: 'full'; url: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; fileName: string };

/** A file name for messages: the URL's last path segment, or its host. */
export function nameFromUrl(url: string): string {
  // Only http(s) addresses have a file name; say anything else in full.
  const parsed = parseHttpUrl(url, 'http://localhost/');
  if (!parsed) return url;
  const last = parsed.pathname.split('/').filter(Boolean).at(-1);
  return last ? decodeURIComponent(last) : parsed.host;
}
