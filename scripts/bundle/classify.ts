/** Sorting a build's files by when the browser loads them, from Vite's build manifest. */

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export type FileKind =
  | 'initial JS'
  | 'initial CSS'
  | 'lazy JS'
  | 'lazy CSS'
  | 'worker'
  | 'WASM runtime'
  | 'service worker'
  | 'other';

/** Manifest keys reachable from `keys`, following the links `follow` names. */
function reach(
  manifest: Manifest,
  keys: Iterable<string>,
  follow: (chunk: ManifestChunk) => string[] | undefined,
) {
  const seen = new Set<string>();
  const queue = [...keys];
  while (queue.length > 0) {
    const key = queue.pop()!;
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    queue.push(...(follow(manifest[key]) ?? []));
  }
  return seen;
}

/**
 * Kinds, by file path relative to the output folder. Workers and onnxruntime's files appear in the
 * manifest only as assets of the entry, so any other JavaScript is a worker's (loaded on demand).
 */
export function classifyFiles(manifest: Manifest, files: readonly string[]): Map<string, FileKind> {
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  // What every visit loads first: each entry chunk and its static imports, transitively.
  const initial = reach(manifest, entries, (chunk) => chunk.imports);
  const lazyRoots = [...initial].flatMap((key) => manifest[key].dynamicImports ?? []);
  const lazy = reach(manifest, lazyRoots, (chunk) => [
    ...(chunk.imports ?? []),
    ...(chunk.dynamicImports ?? []),
  ]);
  const kinds = new Map<string, FileKind>();
  const mark = (keys: Set<string>, js: FileKind, css: FileKind) => {
    for (const key of keys) {
      if (!kinds.has(manifest[key].file)) kinds.set(manifest[key].file, js);
      for (const sheet of manifest[key].css ?? []) if (!kinds.has(sheet)) kinds.set(sheet, css);
    }
  };
  mark(initial, 'initial JS', 'initial CSS');
  mark(lazy, 'lazy JS', 'lazy CSS');
  const runtime = new Set(
    Object.values(manifest)
      .filter((chunk) => chunk.src?.includes('onnxruntime-web/'))
      .map((chunk) => chunk.file),
  );
  const result = new Map<string, FileKind>();
  for (const file of files) {
    const known = kinds.get(file);
    if (known) result.set(file, known);
    else if (runtime.has(file) || file.endsWith('.wasm')) result.set(file, 'WASM runtime');
    else if (file === 'sw.js') result.set(file, 'service worker');
    else if (/\.m?js$/.test(file)) result.set(file, 'worker');
    else result.set(file, 'other');
  }
  return result;
}
