import type { Page } from '@playwright/test';
import { CSP_REPORT_PATH } from '../../scripts/vite/security-headers-plugin.ts';

export interface Violation {
  directive: string;
  blocked: string;
}

/** Records every CSP violation the page's document sees, from its very first script on. */
export async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { cspViolations: typeof seen }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
}

/** Violation reports the preview server received (report-uri), from the page and its workers alike. */
export async function serverReports(page: Page): Promise<unknown[]> {
  return (await page.request.get(CSP_REPORT_PATH)).json();
}

export async function clearServerReports(page: Page): Promise<void> {
  await page.request.delete(CSP_REPORT_PATH);
}
