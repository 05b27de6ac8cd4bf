import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Keeps unfinished model downloads out of a build. `npm run models:fetch` writes `<file>.part` under
 * public/models until a file is complete, and Vite copies public/ whole, so a build after an
 * interrupted fetch would ship the half files. Returns what it removed, relative to `dir`.
 */
export function removePartialDownloads(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const partial = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.part'));
  return partial.map((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    rmSync(file);
    return path.relative(dir, file);
  });
}

export function unfinishedDownloads(): Plugin {
  let modelsOut = '';
  let warn = (message: string) => console.warn(message);
  return {
    name: 'embedding-lab:unfinished-downloads',
    apply: 'build',
    configResolved(config) {
      modelsOut = path.resolve(config.root, config.build.outDir, 'models');
      warn = (message) => config.logger.warn(message);
    },
    closeBundle() {
      const removed = removePartialDownloads(modelsOut);
      if (removed.length)
        warn(
          `Left out of the build ${removed.length} unfinished model download(s) (${removed.join(', ')}): ` +
            'run `npm run models:fetch` again to finish them.',
        );
    },
  };
}
