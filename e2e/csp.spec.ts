import { expect, test } from '@playwright/test';
import { CSP_REPORT_PATH } from '../scripts/vite/security-headers-plugin.ts';
import { clearServerReports, recordViolations, serverReports } from './support/csp';
import { contentSecurityPolicy } from '../scripts/vite/security-headers.ts';
import { appUrl, embedOnFirstPage, waitForBackend } from './support/app';

test.describe('Content Security Policy', () => {
  test.beforeEach(async ({ page }) => {
    await clearServerReports(page);
  });

  test('the page is served with the policy, and the build ships the same one in _headers', async ({
    page,
  }) => {
    const response = await page.goto(appUrl());
    expect(response?.headers()['content-security-policy']).toBe(
      contentSecurityPolicy({ reportUri: CSP_REPORT_PATH }),
    );
    const shipped = await (await page.request.get('/_headers')).text();
    expect(shipped).toContain(`Content-Security-Policy: ${contentSecurityPolicy()}\n`);
    expect(shipped).toContain('Cross-Origin-Embedder-Policy: require-corp');
  });

  test('loading the model and embedding break no rule, in the page or in its workers', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(appUrl());
    await waitForBackend(page, 'WASM');
    await embedOnFirstPage(page, 'A strict policy changes nothing for the student');
    await expect(page.getByTestId('vector-norm')).toHaveText('1.000');
    expect(await violations()).toEqual([]);
    expect(await serverReports(page)).toEqual([]);
  });

  test('an inline script added to the page does not run, and the violation is reported', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(appUrl());
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true;';
      document.body.append(script);
    });
    await expect.poll(violations).toContainEqual({ directive: 'script-src-elem', blocked: 'inline' });
    expect(
      await page.evaluate(() => (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan),
    ).toBeUndefined();
    // The report channel that the previous test found empty does work.
    await expect.poll(() => serverReports(page)).toHaveLength(1);
  });

  test('the embedding worker is under the policy too, and its violations are reported', async ({ page }) => {
    const worker = page.waitForEvent('worker', (w) => w.url().includes('embedding.worker'));
    await page.goto(appUrl());
    // (Playwright's own evaluation may eval; a request to a host the policy does not list may not.)
    await (await worker).evaluate(() => fetch('https://example.org/not-listed').catch(() => undefined));
    await expect
      .poll(() => serverReports(page))
      .toContainEqual({
        'csp-report': expect.objectContaining({
          'document-uri': expect.stringContaining('embedding.worker'),
          'effective-directive': 'connect-src',
          'blocked-uri': 'https://example.org/not-listed',
        }),
      });
  });
});
