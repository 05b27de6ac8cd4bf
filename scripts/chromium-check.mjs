import { existsSync } from 'node:fs';

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumHelp() {
  return [
    `No Chromium found at ${chromiumPath()}.`,
    'The end-to-end tests drive a system Chromium (Playwright does not download its own here).',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  Elsewhere:      set CHROMIUM_PATH=/path/to/chromium-or-chrome',
  ].join('\n');
}

export const hasChromium = () => existsSync(chromiumPath());
