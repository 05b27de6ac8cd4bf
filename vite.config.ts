import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { isolationHeaders } from './scripts/vite/isolation-headers.ts';
import { modelFiles } from './scripts/vite/model-files.ts';

// Generated test models (npm run fixtures) are served at /fixture-models in dev and preview only;
// /models is where a deployer puts real model files (public/models), so it only needs the 404 rule.
const root = import.meta.dirname;

export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [
    react(),
    isolationHeaders(),
    modelFiles({
      '/fixture-models': path.join(root, 'fixtures/models'),
      '/models': path.join(root, 'public/models'),
    }),
  ],
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@huggingface/transformers', 'onnxruntime-web'] },
  // OUT_DIR lets parallel builds (a benchmark, a second checkout's tests) keep apart.
  build: { target: 'es2022', chunkSizeWarningLimit: 1200, outDir: process.env.OUT_DIR ?? 'dist' },
  preview: { port: 4173, strictPort: true },
});
