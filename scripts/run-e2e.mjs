#!/usr/bin/env node
// `npm run test:e2e`: build, then Playwright against the preview server, with a clear message
// when no Chromium is installed. The server gets a free port (E2E_PORT, default 4173, if free) and
// stops when the run ends or on Ctrl-C.
import { spawnSync } from 'node:child_process';
import { chromiumHelp, hasChromium } from './chromium-check.mjs';
import { choosePort, DEFAULT_E2E_PORT, previewServer, runWhileServing, startServer } from './e2e-server.mjs';

if (!hasChromium()) {
  console.error(chromiumHelp());
  process.exit(1);
}
const sh = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
if (sh('npx', ['vite', 'build']) !== 0) process.exit(1);
const port = await choosePort(Number(process.env.E2E_PORT ?? DEFAULT_E2E_PORT));
const stop = await startServer(previewServer(port));
const env = { ...process.env, E2E_PORT: String(port), E2E_SERVER_RUNNING: '1' };
const status = await runWhileServing('npx', ['playwright', 'test', ...process.argv.slice(2)], env, stop);
stop();
process.exit(status);
