/** Debian's Chromium (or CHROMIUM_PATH); Playwright's own browser download cannot work without internet. */
export { chromiumPath } from '../../scripts/chromium-check.mjs';

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
