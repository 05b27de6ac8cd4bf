/**
 * Checks public/data/job-listings.csv against the dataset contract and prints a summary.
 * Exits non-zero on the first failed group of assertions.
 *
 *   npx tsx scripts/dataset/check-job-listings.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { CSV_HEADER, CSV_PATH, buildJobListingsCsv, csvField } from './build';
import { MAX_WORDS, MIN_WORDS, countWords, countWordsAlnum } from './compose';

const REQUIRED_TITLES = [
  'iOS Developer',
  'Android Developer',
  'Flutter Developer',
  'Frontend Developer',
  'Backend Developer',
  'Full Stack Developer',
  'Python Developer',
  'Java Developer',
  'PHP Developer',
  'Data Scientist',
  'Machine Learning Engineer',
  'Data Engineer',
  'Database Administrator',
  'DevOps Engineer',
  'Cloud Architect',
  'Network Administrator',
  'Security Analyst',
  'QA Engineer',
  'UX/UI Designer',
  'Product Manager',
  'Registered Nurse',
  'Accountant',
  'Sales Representative',
  'Teacher',
  'Chef',
  'Truck Driver',
];

const failures: string[] = [];
function check(condition: boolean, message: string): void {
  if (!condition) failures.push(message);
}

// --- Bytes: encoding, BOM, line endings, header -------------------------------------------------
const bytes = readFileSync(CSV_PATH);
check(!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf), 'file starts with a UTF-8 BOM');
let text = '';
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  failures.push('file is not valid UTF-8');
}
check(!text.includes('\r'), 'file contains \\r (line endings must be \\n)');
check(text.endsWith('\n'), 'file does not end with a newline');
check(text.split('\n', 1)[0] === CSV_HEADER, `header line is not ${JSON.stringify(CSV_HEADER)}`);

// --- Parse ----------------------------------------------------------------------------------------
type Row = Record<string, string>;
const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
check(parsed.errors.length === 0, `papaparse errors: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
check(
  JSON.stringify(parsed.meta.fields) === JSON.stringify(['', 'Job Title', 'Job Description']),
  `parsed fields are ${JSON.stringify(parsed.meta.fields)}`,
);
const rows = parsed.data;
check(rows.length >= 300, `only ${rows.length} rows (need ≥ 300)`);
rows.forEach((row, i) => {
  check(row[''] === String(i), `row ${i}: index column is ${JSON.stringify(row[''])}`);
  check(Object.keys(row).length === 3, `row ${i}: ${Object.keys(row).length} fields`);
  check((row['Job Title'] ?? '').trim().length > 0, `row ${i}: empty title`);
});

// --- RFC 4180 quoting and determinism: re-serialising the parsed rows must give the same bytes ----
const reserialised =
  [
    CSV_HEADER,
    ...rows.map((row) => [row[''], row['Job Title'], row['Job Description']].map(csvField).join(',')),
  ].join('\n') + '\n';
check(
  reserialised === text,
  'file is not minimally RFC 4180-quoted (re-serialised rows differ from the file)',
);
check(buildJobListingsCsv() === text, 'file differs from what make-job-listings.ts generates (run it again)');

// --- Titles ---------------------------------------------------------------------------------------
const titleCounts = new Map<string, number>();
for (const row of rows) titleCounts.set(row['Job Title'], (titleCounts.get(row['Job Title']) ?? 0) + 1);
check(titleCounts.size >= 20, `only ${titleCounts.size} distinct titles (need ≥ 20)`);
for (const [title, count] of titleCounts)
  check(count >= 8 && count <= 25, `${title}: ${count} listings (need 8–25)`);
for (const title of REQUIRED_TITLES) check(titleCounts.has(title), `missing title ${title}`);

// --- Lengths and duplicates -----------------------------------------------------------------------
const words = rows.map((row) => countWords(row['Job Description']));
rows.forEach((row, i) => {
  const a = words[i];
  const b = countWordsAlnum(row['Job Description']);
  check(a >= MIN_WORDS && a <= MAX_WORDS, `row ${i} (${row['Job Title']}): ${a} words`);
  check(b >= MIN_WORDS && b <= MAX_WORDS, `row ${i} (${row['Job Title']}): ${b} alphanumeric words`);
});
check(new Set(rows.map((row) => row['Job Description'])).size === rows.length, 'duplicate descriptions');
rows.forEach((row, i) => {
  const d = row['Job Description'];
  check(!/[{}|]/.test(d), `row ${i}: unexpanded {a|b} template`);
  check(!/ {2}|\.\.|\s$|^\s| [.,;:]/.test(d), `row ${i}: stray whitespace or punctuation`);
});

// --- Row 17 is an ordinary listing (tests query with it) -----------------------------------------
const row17 = rows[17];
check(
  row17 !== undefined && REQUIRED_TITLES.includes(row17['Job Title']),
  'row 17 missing or has an unexpected title',
);

// --- Parser exercise and non-ASCII ----------------------------------------------------------------
const descriptions = rows.map((row) => row['Job Description']);
const count = (predicate: (d: string) => boolean): number => descriptions.filter(predicate).length;
const withNewlines = count((d) => d.includes('\n'));
const withBullets = count((d) => /^(- |\* |• )/m.test(d));
const withQuotes = count((d) => d.includes('"'));
const nonAscii = count((d) => [...d].some((ch) => ch.charCodeAt(0) > 0x7f));
const singleLine = rows.length - withNewlines;
check(withNewlines >= 20, `only ${withNewlines} rows with line breaks`);
check(singleLine >= 20, `only ${singleLine} single-line rows`);
check(withBullets >= 20, `only ${withBullets} rows with bullet lines`);
check(withQuotes >= 2, `only ${withQuotes} rows with double quotes`);
check(nonAscii >= 3, `only ${nonAscii} rows with non-ASCII text`);

// --- Semantic-search demo material: relevant rows that lack the obvious keyword -------------------
const ofTitles = (titles: string[]) => rows.filter((row) => titles.includes(row['Job Title']));
const aiRows = ofTitles(['Machine Learning Engineer', 'Data Scientist']);
const aiWithoutPython = aiRows.filter((row) => !/python/i.test(row['Job Description'])).length;
const frontendRows = ofTitles(['Frontend Developer']);
const frontendWithoutWord = frontendRows.filter((row) => !/front-?end/i.test(row['Job Description'])).length;
const clientSide = count((d) => /client-side/i.test(d));
const nurseRows = ofTitles(['Registered Nurse']);
const nurseWithoutWord = nurseRows.filter((row) => !/nurs/i.test(row['Job Description'])).length;
const wardWithoutWord = nurseRows.filter(
  (row) => /ward|bedside/i.test(row['Job Description']) && !/nurs/i.test(row['Job Description']),
).length;
check(aiWithoutPython >= 5, `only ${aiWithoutPython} ML/data-science rows without "Python"`);
check(frontendWithoutWord >= 3, `only ${frontendWithoutWord} frontend rows without "frontend"`);
check(nurseWithoutWord >= 2, `only ${nurseWithoutWord} nurse rows without "nurs…"`);

// --- Summary --------------------------------------------------------------------------------------
const sorted = [...words].sort((x, y) => x - y);
const median =
  sorted.length % 2 === 1
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
const mean = words.reduce((sum, w) => sum + w, 0) / words.length;
console.log(
  `${path.relative(process.cwd(), CSV_PATH)}: ${bytes.length} bytes, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}…`,
);
console.log(`rows: ${rows.length}, distinct titles: ${titleCounts.size}`);
for (const [title, n] of [...titleCounts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
  console.log(`  ${String(n).padStart(3)}  ${title}`);
}
console.log(
  `words per description (whitespace tokens): min ${sorted[0]}, median ${median}, mean ${mean.toFixed(1)}, max ${sorted[sorted.length - 1]}`,
);
const buckets = [80, 120, 160, 200, 250, 300, 350, 401];
console.log(
  '  histogram: ' +
    buckets
      .slice(0, -1)
      .map(
        (lo, i) =>
          `${lo}–${buckets[i + 1] - 1}: ${words.filter((w) => w >= lo && w < buckets[i + 1]).length}`,
      )
      .join(', '),
);
console.log(
  `rows with line breaks: ${withNewlines}, single-line: ${singleLine}, with bullet lines: ${withBullets}, with double quotes: ${withQuotes}, with non-ASCII: ${nonAscii}`,
);
console.log(`ML/data-science rows: ${aiRows.length} (${aiWithoutPython} never say "Python")`);
console.log(
  `frontend rows without "frontend"/"front-end": ${frontendWithoutWord}/${frontendRows.length}; rows saying "client-side": ${clientSide}`,
);
console.log(
  `nurse rows without "nurs…": ${nurseWithoutWord}/${nurseRows.length}; of those, mentioning a ward or bedside care: ${wardWithoutWord}`,
);
console.log(`row 17: ${row17?.['Job Title']} (${words[17]} words)`);

if (failures.length > 0) {
  console.error(`\n${failures.length} check(s) failed:`);
  for (const failure of failures.slice(0, 30)) console.error(`  ✗ ${failure}`);
  process.exit(1);
}
console.log('all checks passed');
