/**
 * Workshop-length job descriptions for the throughput benchmark: the built-in dataset's own
 * descriptions (public/data/job-listings.csv, written like the notebook's Kaggle listings; on the
 * MiniLM tokenizer 248 of its 348 are longer than 256 word pieces, median 349). The benchmark model
 * has random weights, so only their length and word mix matter.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

const CSV = path.resolve(import.meta.dirname, '../../public/data/job-listings.csv');

/** The first `count` non-empty descriptions, in file order. */
export function benchmarkTexts(count = 300): string[] {
  const rows = Papa.parse<string[]>(readFileSync(CSV, 'utf8'), { skipEmptyLines: true }).data.slice(1);
  return rows
    .map((row) => row[2] ?? '')
    .filter((text) => text.trim() !== '')
    .slice(0, count);
}
