import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumLaunchArgs, chromiumPath } from '../../e2e/support/chromium.ts';

const root = path.resolve(import.meta.dirname, '../..');
export const BENCH_OUT_DIR = path.join(root, 'node_modules/.bench-dist');

/** Builds the app's code plus the benchmark page in production mode and serves it with COOP/COEP. */
export async function serveBenchBuild(port = 4180): Promise<{ server: PreviewServer; url: string }> {
  await build({
    root,
    logLevel: 'warn',
    build: {
      outDir: BENCH_OUT_DIR,
      emptyOutDir: true,
      rollupOptions: {
        input: {
          index: path.join(root, 'index.html'),
          bench: path.join(root, 'scripts/bench/bench.html'),
          pcaBench: path.join(root, 'scripts/bench/pca-bench.html'),
          mapBench: path.join(root, 'scripts/bench/map-bench.html'),
          mapFramesBench: path.join(root, 'scripts/bench/map-frames-bench.html'),
        },
      },
    },
  });
  const server = await preview({
    root,
    build: { outDir: BENCH_OUT_DIR },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { server, url: `http://127.0.0.1:${port}` };
}

export function launchChromium(options: { webgpu?: boolean } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumLaunchArgs(options) });
}
