import { existsSync } from 'node:fs';

/** Debian's Chromium; Playwright's own browser download cannot work on machines without internet. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function hasChromium(): boolean {
  return existsSync(chromiumPath());
}

/** Flags that work on a headless machine with no network but the loopback. */
export function chromiumLaunchArgs(options: { webgpu?: boolean } = {}): string[] {
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (options.webgpu) args.push('--enable-unsafe-webgpu');
  return args;
}
