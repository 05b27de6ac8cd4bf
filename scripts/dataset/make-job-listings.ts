/**
 * Writes public/data/job-listings.csv, the app's embedded default dataset: job listings composed
 * from the hand-written pools in ./titles and ./shared. Deterministic: byte-identical every run.
 *
 *   npx tsx scripts/dataset/make-job-listings.ts
 *   npx tsx scripts/dataset/check-job-listings.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CSV_PATH, buildJobListingsCsv } from './build';

const csv = buildJobListingsCsv();
mkdirSync(path.dirname(CSV_PATH), { recursive: true });
writeFileSync(CSV_PATH, csv, 'utf8');
const rows = csv.split('\n').length; // rough: quoted newlines inflate this, so report bytes instead
console.log(
  `wrote ${path.relative(process.cwd(), CSV_PATH)} (${Buffer.byteLength(csv)} bytes, ${rows} physical lines)`,
);
