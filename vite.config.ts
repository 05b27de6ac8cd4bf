import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { modelFiles } from './scripts/vite/model-files.ts';
import { securityHeaders } from './scripts/vite/security-headers.ts';
import { securityHeadersPlugin } from './scripts/vite/security-headers-plugin.ts';
import { serviceWorker } from './scripts/vite/service-worker.ts';
import { unfinishedDownloads } from './scripts/vite/unfinished-downloads.ts';

// Generated test models (npm run fixtures) are served at /fixture-models in dev and preview only;
// /models is where a deployer puts real model files (public/models), so it only needs the 404 rule.
const root = import.meta.dirname;

export default defineConfig(({ mode }) => {
  // A full-URL VITE_MODEL_BASE (a mirror) must be allowed by the CSP's connect-src.
  const { VITE_MODEL_BASE: modelBase, VITE_MODEL_ID: modelId } = loadEnv(mode, root, 'VITE_');
  return {
    // './' works under any sub-path; BASE_PATH (ending in '/') makes URLs absolute instead.
    base: process.env.BASE_PATH ?? './',
    plugins: [
      react(),
      securityHeadersPlugin({ modelBase, modelId }),
      serviceWorker({ entry: 'src/offline/sw.ts', headers: securityHeaders({ modelBase, modelId }) }),
      modelFiles({
        '/fixture-models': path.join(root, 'fixtures/models'),
        '/models': path.join(root, 'public/models'),
      }),
      unfinishedDownloads(),
    ],
    worker: { format: 'es' },
    optimizeDeps: { exclude: ['@huggingface/transformers', 'onnxruntime-web'] },
    // OUT_DIR lets parallel builds (a benchmark, a second checkout's tests) keep apart.
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
      outDir: process.env.OUT_DIR ?? 'dist',
      // dist/.vite/manifest.json: the bundle report reads which chunks load first.
      manifest: true,
    },
    preview: { port: 4173, strictPort: true },
  };
});
