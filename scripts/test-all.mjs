#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, production build, end-to-end tests in Chromium.
// Ends with one line "N passed, N failed" summing the unit and end-to-end tests (a failed
// typecheck, lint or build step counts as one failure).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromiumHelp, chromiumPath } from './chromium-check.mjs';
import { choosePort, DEFAULT_E2E_PORT, previewServer, runWhileServing, startServer } from './e2e-server.mjs';

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

let passed = 0;
let failed = 0;
const failures = [];
const step = (label, ok) => {
  if (!ok) {
    failed += 1;
    failures.push(label);
  }
  return ok;
};

rmSync('test-results', { recursive: true, force: true });

if (!existsSync('fixtures/models/tiny-bert/onnx/model_quantized.onnx')) {
  step('fixtures', run('fixtures', 'npm', ['run', '--silent', 'fixtures']));
}
step('typecheck', run('typecheck', 'npx', ['tsc', '-b']));
step('lint', run('lint', 'npx', ['eslint', '.', '--max-warnings=0']));
step('format', run('format', 'npx', ['prettier', '--check', '.', '--log-level=warn']));

run('unit tests', 'npx', ['vitest', 'run']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numFailedTests > 0 || unit.numRuntimeErrorTestSuites > 0) failures.push('unit tests');
  failed += unit.numRuntimeErrorTestSuites ?? 0;
} else step('unit tests (no report)', false);

const built = step('build', run('build', 'npx', ['vite', 'build']));
if (built) step('bundle budget', run('bundle budget', 'npx', ['tsx', 'scripts/bundle-report.ts']));

if (!existsSync(chromiumPath())) {
  console.error(chromiumHelp());
  step('end-to-end tests (no Chromium)', false);
} else if (built) {
  // Our own server on a free port, stopped at the end and on Ctrl-C (Playwright's would outlive an interrupted run).
  const port = await choosePort(Number(process.env.E2E_PORT ?? DEFAULT_E2E_PORT));
  const stop = await startServer(previewServer(port));
  console.log(`\n▶ end-to-end tests: npx playwright test (server on port ${port})`);
  const env = { ...process.env, E2E_PORT: String(port), E2E_SERVER_RUNNING: '1' };
  await runWhileServing('npx', ['playwright', 'test'], env, stop);
  stop();
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats;
    passed += expected + flaky;
    failed += unexpected;
    if (unexpected > 0) failures.push('end-to-end tests');
    if (skipped > 0) console.log(`${skipped} end-to-end tests skipped (see the list above for the reason).`);
    for (const error of e2e.errors ?? []) console.error(error.message);
    failed += (e2e.errors ?? []).length;
  } else step('end-to-end tests (no report)', false);
}

console.log(failures.length ? `\nFailed: ${failures.join(', ')}` : '\nAll steps green.');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
