import { defineConfig } from '@playwright/test';
import { chromiumLaunchArgs, chromiumPath } from './e2e/support/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4173);

/**
 * End-to-end tests drive Debian's Chromium against the production build (vite preview, which sends
 * the same COOP/COEP headers as the shipped header files). Two projects: the default flags (no
 * WebGPU, so the app runs on WASM) and Chromium's software WebGPU.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Separate folders let two test runs (e.g. two checkouts) share the machine.
  outputDir: process.env.E2E_OUTPUT ?? 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A failed test keeps its trace (test-results/…/trace.zip): open with `npx playwright show-trace`.
    trace: 'retain-on-failure',
    acceptDownloads: true,
  },
  projects: [
    {
      name: 'wasm',
      testIgnore: /webgpu\.spec\.ts/,
      use: { launchOptions: { executablePath: chromiumPath(), args: chromiumLaunchArgs() } },
    },
    {
      name: 'webgpu',
      testMatch: /webgpu\.spec\.ts/,
      use: { launchOptions: { executablePath: chromiumPath(), args: chromiumLaunchArgs({ webgpu: true }) } },
    },
  ],
  // npm test and npm run test:e2e start the server themselves (free port, stopped on Ctrl-C).
  webServer: process.env.E2E_SERVER_RUNNING
    ? undefined
    : {
        command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
        url: `http://127.0.0.1:${PORT}/`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});
