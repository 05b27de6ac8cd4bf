/**
 * Prints every file of a build with its raw and gzip size and when it loads, then checks the
 * budget: the JavaScript a first visit runs before the worker and WASM (the entry chunk and its
 * static imports) must stay within 130 kB gzipped. Exits non-zero when it does not.
 *   tsx scripts/bundle-report.ts [dist folder, default $OUT_DIR or dist]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { classifyFiles, type FileKind, type Manifest } from './bundle/classify.ts';

const BUDGET_BYTES = 130_000;
const ORDER: FileKind[] = [
  'initial JS',
  'initial CSS',
  'lazy JS',
  'lazy CSS',
  'worker',
  'WASM runtime',
  'service worker',
  'other',
];

const dist = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = prefix ? `${prefix}/${name}` : name;
    if (relative === '.vite' || relative === 'models') return []; // build metadata; a self-hosted model
    return statSync(path.join(dir, relative)).isDirectory() ? listFiles(dir, relative) : [relative];
  });
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [...classifyFiles(manifest, listFiles(dist))].map(([file, kind]) => {
  const bytes = readFileSync(path.join(dist, file));
  return { file, kind, raw: bytes.length, gzip: gzipSync(bytes).length };
});
rows.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || b.raw - a.raw);

const width = Math.max(...rows.map((row) => row.file.length));
console.log(`\nBundle report for ${dist}/`);
console.log(
  `${'file'.padEnd(width)}  ${'loads as'.padEnd(14)}  ${'raw'.padStart(11)}  ${'gzip'.padStart(10)}`,
);
for (const row of rows) {
  console.log(
    `${row.file.padEnd(width)}  ${row.kind.padEnd(14)}  ${kB(row.raw).padStart(11)}  ${kB(row.gzip).padStart(10)}`,
  );
}
const initial = rows.filter((row) => row.kind === 'initial JS').reduce((sum, row) => sum + row.gzip, 0);
const verdict = initial <= BUDGET_BYTES ? 'within budget' : 'OVER BUDGET';
console.log(
  `\nInitial JavaScript (entry + static imports): ${kB(initial)} gzip of ${kB(BUDGET_BYTES)} budget: ${verdict}.`,
);
if (initial > BUDGET_BYTES) process.exit(1);
