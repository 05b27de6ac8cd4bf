#!/usr/bin/env node
// `npm run test:e2e`: build, then Playwright against the preview server, with a clear message
// when no Chromium is installed.
import { spawnSync } from 'node:child_process';
import { chromiumHelp, hasChromium } from './chromium-check.mjs';

if (!hasChromium()) {
  console.error(chromiumHelp());
  process.exit(1);
}
const sh = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
const status = sh('npx', ['vite', 'build']) || sh('npx', ['playwright', 'test', ...process.argv.slice(2)]);
process.exit(status);
