import { defineConfig } from 'vitest/config';

// Tests run in Node: src/math and the embedding engine need no DOM, and transformers.js uses
// onnxruntime-node here, the same graph and arithmetic as onnxruntime-web in the browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['vitest.setup.ts'],
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
