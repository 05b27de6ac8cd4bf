/**
 * Pure assembly of the job-listings CSV (no file I/O), shared by the generator and the checker so
 * the checker can confirm the checked-in file is exactly what the generator produces.
 */
import { fileURLToPath } from 'node:url';
import { composeListing } from './compose';
import { Rng, hashString } from './rng';
import { ALL_TITLES } from './titles';
import type { Listing } from './types';

/** Change only on purpose: every row's wording and the row order depend on it. */
export const SEED = 20250917;

/** Same layout as the Kaggle "jobs and job description" CSV: an unnamed pandas index column first. */
export const CSV_HEADER = ',Job Title,Job Description';

export const CSV_PATH = fileURLToPath(new URL('../../public/data/job-listings.csv', import.meta.url));

export function buildListings(): Listing[] {
  const listings: Listing[] = [];
  for (const pool of ALL_TITLES) {
    // One stream per title: editing one title's pool never rewords another title's listings.
    const rng = new Rng((hashString(pool.title) ^ SEED) >>> 0);
    const intros = rng.shuffle(pool.intros);
    for (let i = 0; i < pool.count; i++) {
      listings.push({ title: pool.title, description: composeListing(pool, i, intros, rng) });
    }
  }
  // Interleave titles so any prefix of the file is a mixed sample.
  return new Rng(SEED).shuffle(listings);
}

/** RFC 4180 field: quoted only when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(listings: Listing[]): string {
  const rows = listings.map((listing, index) =>
    [String(index), listing.title, listing.description].map(csvField).join(','),
  );
  return [CSV_HEADER, ...rows].join('\n') + '\n';
}

export function buildJobListingsCsv(): string {
  return toCsv(buildListings());
}
