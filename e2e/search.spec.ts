import { readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { parseNpy } from '../src/data/npy.ts';
import { downloadJson, openApp, waitForBackend } from './support/app';

/** The built-in dataset, read here independently of the app's own CSV code. */
const DEFAULT_ROWS = Papa.parse<string[]>(readFileSync('public/data/job-listings.csv', 'utf8'), {
  skipEmptyLines: true,
}).data;
const DEFAULT_LISTINGS = DEFAULT_ROWS.slice(1).filter((row) => row[2]?.trim());
const ROW_17 = DEFAULT_LISTINGS.find((row) => row[0] === '17')!;
const STILL_LOADED = `${DEFAULT_LISTINGS.length} listings loaded from “job-listings.csv”`;

interface VectorsJson {
  model: string;
  dtype: string;
  rows: { index: string; title: string; vector: number[] }[];
}

async function openSearch(page: Page, extra: Record<string, string> = {}) {
  await openApp(page, { route: '/search', extra });
  await waitForBackend(page, 'WASM');
  await expect(page.getByTestId('dataset-status')).toContainText(STILL_LOADED);
}

async function embed(page: Page, rows: number) {
  await page.getByLabel('How many listings to embed', { exact: true }).fill(String(rows));
  await page.getByRole('button', { name: `Embed ${rows} listings` }).click();
  await expect(page.getByTestId('embed-progress')).toContainText(`${rows} / ${rows} rows`, {
    timeout: 120_000,
  });
}

async function loadFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await page.getByLabel('Choose a CSV file…').setInputFiles({ name, mimeType, buffer });
}

const progressText = (page: Page) => page.getByTestId('embed-progress').innerText();

test.describe('Semantic search (WASM, tiny-bert)', () => {
  test('loads the built-in dataset, embeds 60 rows and finds row 17 by its own description', async ({
    page,
  }) => {
    await openSearch(page, { rows: '60' });
    await expect(page.getByTestId('embed-progress')).toContainText('60 / 60 rows', { timeout: 60_000 });
    await page.getByTestId('search-input').fill(ROW_17[2]);
    const first = page.getByTestId('search-result').first();
    await expect(first).toHaveAttribute('data-row-index', '17');
    const score = Number(await first.getAttribute('data-score'));
    test.info().annotations.push({ type: 'row-17-cosine', description: String(score) });
    expect(score).toBeCloseTo(1, 3);
    await expect(first).toContainText('cosine 1.000');
    await expect(first).toContainText(ROW_17[1]);
    await expect(page.getByTestId('search-result')).toHaveCount(5);
    // Keyword search ranks the same 60 rows; a listing's own full text shares all its words.
    await expect(page.getByTestId('keyword-result').first()).toHaveAttribute('data-row-index', '17');
    await expect(page.getByTestId('search-scope')).toContainText('Ranking the 60 embedded rows');
    // Every score is a real cosine and the list is sorted.
    const scores = await page
      .getByTestId('search-result')
      .evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-score'))));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s) => s >= -1 && s <= 1)).toBe(true);

    await page.getByLabel('Show top').selectOption('10');
    await expect(page.getByTestId('search-result')).toHaveCount(10);
    await page.getByLabel('N =', { exact: true }).fill('3');
    await expect(page.getByTestId('nth-code')).toContainText('np.argsort(similarities)[-3] →');
    await expect(page.getByTestId('nth-result')).toHaveAttribute(
      'data-row-index',
      (await page.getByTestId('search-result').nth(2).getAttribute('data-row-index'))!,
    );
  });

  test('cancel mid-run, then restart: the same vectors as one uninterrupted run (fp32)', async ({ page }) => {
    // fp32 because q8 quantises activations per batch: a text's q8 vector moves by ~1e-2 with its
    // batch-mates, and a restart batches the remaining rows differently. fp32 agrees to 1e-5.
    test.setTimeout(240_000);
    const rows = 200;
    await openSearch(page, { dtype: 'fp32' });
    await page.getByLabel('How many listings to embed', { exact: true }).fill(String(rows));
    await page.getByRole('button', { name: `Embed ${rows} listings` }).click();
    await page
      .getByTestId('embed-progress')
      .filter({ hasText: /^([1-9]\d*) \/ \d+ rows · 0 from cache, [1-9]/ })
      .waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('embed-progress')).toContainText('cancelled');
    const partial = Number((await progressText(page)).split(' / ')[0]);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(rows);
    // Search works on the rows embedded so far.
    await page.getByTestId('search-input').fill(ROW_17[2]);
    await expect(page.getByTestId('search-scope')).toContainText(
      `Ranking the ${partial} embedded rows (of ${rows}; press Embed to add the rest)`,
    );
    await expect(page.getByTestId('search-result')).toHaveCount(Math.min(5, partial));

    await page.getByRole('button', { name: `Embed ${rows} listings` }).click();
    await expect(page.getByTestId('embed-progress')).toContainText(
      `${rows} / ${rows} rows · ${partial} from cache, ${rows - partial} embedded`,
      { timeout: 200_000 },
    );
    const restarted = await downloadJson<VectorsJson>(page, 'Export JSON');

    await page.getByRole('button', { name: 'Clear cache' }).click();
    await expect(page.getByTestId('cache-status')).toContainText('0 vectors');
    await page.getByRole('button', { name: `Embed ${rows} listings` }).click();
    await expect(page.getByTestId('embed-progress')).toContainText(
      `${rows} / ${rows} rows · 0 from cache, ${rows} embedded`,
      { timeout: 200_000 },
    );
    const uninterrupted = await downloadJson<VectorsJson>(page, 'Export JSON');

    expect(restarted.dtype).toBe('fp32');
    expect(restarted.rows.map((r) => r.index)).toEqual(uninterrupted.rows.map((r) => r.index));
    let maxDifference = 0;
    restarted.rows.forEach((row, i) =>
      row.vector.forEach(
        (value, d) =>
          (maxDifference = Math.max(maxDifference, Math.abs(value - uninterrupted.rows[i].vector[d]))),
      ),
    );
    test.info().annotations.push({
      type: 'cancel-restart',
      description: `cancelled at ${partial} / ${rows}; max |Δ| ${maxDifference.toExponential(2)}`,
    });
    expect(maxDifference).toBeLessThan(1e-5);
  });

  test('changing the count or the dataset mid-run cancels the job, and no late rows arrive', async ({
    page,
  }) => {
    await openSearch(page);
    const progress = page.getByTestId('embed-progress');
    await page.getByLabel('How many listings to embed', { exact: true }).fill('300');
    await page.getByRole('button', { name: 'Embed 300 listings' }).click();
    await progress.filter({ hasText: /^[1-9]\d* \/ 300 rows/ }).waitFor();
    await page.getByLabel('How many listings to embed', { exact: true }).fill('100');
    await expect(progress).toContainText('cancelled');
    expect(await progress.innerText()).toMatch(/^\d+ \/ 300 rows .* cancelled$/);
    await expect(page.getByRole('button', { name: 'Embed 100 listings' })).toBeEnabled();

    await page.getByRole('button', { name: 'Embed 100 listings' }).click();
    await progress.filter({ hasText: /^[1-9]\d* \/ 100 rows/ }).waitFor();
    await page.getByRole('button', { name: 'Built-in sample' }).click(); // a new dataset, the same rows
    await expect(progress).toHaveText('0 / 100 rows · not started');
    await page.waitForTimeout(2000); // batches of the old job still in flight must not land
    await expect(progress).toHaveText('0 / 100 rows · not started');
  });

  test('a reload takes every vector from the cache and embeds nothing', async ({ page }) => {
    await openSearch(page, { rows: '60' });
    await expect(page.getByTestId('embed-progress')).toContainText(
      '60 / 60 rows · 0 from cache, 60 embedded',
      { timeout: 60_000 },
    );
    await expect(page.getByTestId('cache-status')).toContainText('60 vectors');

    await page.reload();
    await waitForBackend(page, 'WASM');
    // "0 embedded" counts rows whose vectors came back from the worker in this job: none did.
    await expect(page.getByTestId('embed-progress')).toContainText(
      '60 / 60 rows · 60 from cache, 0 embedded',
      { timeout: 60_000 },
    );
    await page.getByTestId('search-input').fill(ROW_17[2]);
    await expect(page.getByTestId('search-result').first()).toHaveAttribute('data-row-index', '17');

    await page.getByRole('button', { name: 'Clear cache' }).click();
    await expect(page.getByTestId('cache-status')).toContainText('0 vectors');
    await page.reload();
    await expect(page.getByTestId('embed-progress')).toContainText(
      '60 / 60 rows · 0 from cache, 60 embedded',
      { timeout: 60_000 },
    );
  });

  test('each kind of bad file gets its own message, and the loaded dataset stays', async ({
    page,
  }, testInfo) => {
    await openSearch(page);
    const error = page.getByTestId('dataset-error');
    const expectRejected = async (...parts: string[]) => {
      for (const part of parts) await expect(error).toContainText(part);
      await expect(error).toContainText(
        `Still loaded, unchanged: “job-listings.csv” (${DEFAULT_LISTINGS.length} listings).`,
      );
      await expect(page.getByTestId('dataset-status')).toContainText(STILL_LOADED);
      await error.getByRole('button', { name: 'Dismiss' }).click();
      await expect(error).toHaveCount(0);
    };

    await loadFile(page, 'numbers.csv', Buffer.from('id,score\n1,0.5\n2,0.75\n'));
    await expectRejected('No column holds text to embed', 'Columns: “id”, “score”.');

    await loadFile(
      page,
      'quotes.csv',
      Buffer.from(
        ',Job Title,Job Description\n0,Nurse,"Night shifts"\n1,Chef,"Never closed\n2,Pilot,Flies\n',
      ),
    );
    await expectRejected('A quoted field is never closed', 'The quote opens on line 3.');

    await loadFile(
      page,
      'photo.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'image/png',
    );
    await expectRejected('is a binary file, not CSV text', 'Byte 8 (line 3) is a NUL byte');

    await loadFile(
      page,
      'sheet.xlsx',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0]),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    await expectRejected('it is a zip archive', 'export the sheet as CSV');

    await loadFile(
      page,
      'latin1.csv',
      Buffer.concat([
        Buffer.from('title,description\nBarista,Caf'),
        Buffer.from([0xe9]),
        Buffer.from(' work\n'),
      ]),
    );
    await expectRejected('is not valid UTF-8 text', 'Line 2, byte 29: 0xE9', 'CSV UTF-8');

    await loadFile(page, 'empty.csv', Buffer.alloc(0));
    await expectRejected('“empty.csv” is empty (0 bytes).');

    await loadFile(page, 'header-only.csv', Buffer.from('Job Title,Job Description\r\n'));
    await expectRejected('has a header row but no data rows');

    // 100 MB on disk (sparse: no real data is written); refused from its size, before reading.
    const big = testInfo.outputPath('big.csv');
    const handle = await open(big, 'w');
    await handle.truncate(100 * 1024 * 1024);
    await handle.close();
    await page.getByLabel('Choose a CSV file…').setInputFiles(big);
    await expectRejected('“big.csv” is 100.0 MB; the limit is 50.0 MB.');

    // After all that, the original rows are intact and searchable.
    await embed(page, 8);
  });

  test('reads BOM, CRLF, multi-line quotes and non-ASCII text, and counts skipped empty rows', async ({
    page,
  }) => {
    await openSearch(page);
    const csv =
      '\uFEFFtitle,description\r\n"Café chef","Cooks crêpes\r\nand 東京 ramen, ""fresh"""\r\nNurse,\r\nPilot,Flies planes\r\nGhost,"   "\r\n';
    await loadFile(page, 'mixed.csv', Buffer.from(csv, 'utf8'));
    const status = page.getByTestId('dataset-status');
    await expect(status).toContainText('2 listings loaded from “mixed.csv” (your file).');
    await expect(status).toContainText('2 of 4 rows skipped: empty description (column “description”)');
    await page.getByText(/^Columns: embedding/).click();
    await expect(page.getByLabel('Text to embed')).toHaveValue('1');
    await expect(page.getByLabel('Title of each row')).toHaveValue('0');
    await embed(page, 2);
    await page.getByTestId('search-input').fill('ramen');
    const hit = page.getByTestId('keyword-result').first();
    await expect(hit).toHaveAttribute('data-row-index', '0'); // no index column: 0-based row number
    await expect(hit).toContainText('Café chef');
    await expect(hit).toContainText('Cooks crêpes and 東京 ramen, "fresh"');
  });

  test('?dataset= loads a shared CSV and ?rows= embeds it; a failed link or download keeps what is loaded', async ({
    page,
  }) => {
    await page.route('**/shared/course.csv', (route) =>
      route.fulfill({
        contentType: 'text/csv',
        body: 'label,text\nA,alpha text\nB,beta text\nC,gamma text\n',
      }),
    );
    await openApp(page, { route: '/search', extra: { dataset: '/shared/course.csv', rows: '3' } });
    await expect(page.getByTestId('dataset-status')).toContainText(
      '3 listings loaded from “course.csv” (a shared link).',
    );
    await expect(page.getByTestId('embed-progress')).toContainText('3 / 3 rows', { timeout: 60_000 });

    // The full dataset lives on GitHub; offline (as here) the download fails and nothing changes.
    await page.route('https://raw.githubusercontent.com/**', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: /Full workshop dataset/ }).click();
    const error = page.getByTestId('dataset-error');
    await expect(error).toContainText(
      'Could not download “job_title_des.csv”: the request failed. You may be offline',
    );
    await expect(error).toContainText('raw.githubusercontent.com/MSOE-AI-Club/workshops');
    await expect(error).toContainText('Still loaded, unchanged: “course.csv” (3 listings).');
    await expect(page.getByTestId('embed-progress')).toContainText('3 / 3 rows');

    // A broken shared link: the page explains, and falls back to the built-in sample.
    await page.route('**/shared/missing.csv', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await openApp(page, { route: '/search', extra: { dataset: '/shared/missing.csv' } });
    await expect(page.getByTestId('dataset-error')).toContainText(
      'Could not download “missing.csv”: the server answered 404',
    );
    await expect(page.getByTestId('dataset-error')).toContainText('The file is not at that address');
    await expect(page.getByTestId('dataset-status')).toContainText(STILL_LOADED);

    // A wrong address on a host that answers every path with its own page (as this preview server does).
    await openApp(page, { route: '/search', extra: { dataset: '/no/such/listings.csv' } });
    await expect(page.getByTestId('dataset-error')).toContainText(
      '“listings.csv” is a web page (HTML), not a CSV file.',
    );
    await expect(page.getByTestId('dataset-status')).toContainText(STILL_LOADED);
  });

  test('CSV text is shown as text: markup in a dropped file runs nothing and adds no elements', async ({
    page,
  }) => {
    await openSearch(page);
    const title = '<img src=x onerror="window.__xss=1">';
    const csv = [
      ',Job Title,Job Description',
      `0,"${title.replaceAll('"', '""')}","<script>window.__xss=2</script><img src=x onerror=""window.__xss=3""> Python developer"`,
      '1,<b>Bold</b>,"<svg onload=""window.__xss=4""></svg> nurse on nights"',
    ].join('\n');
    // Drag and drop, the way a student would.
    const transfer = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'xss.csv', { type: 'text/csv' }));
      return data;
    }, csv);
    const panel = page.getByRole('region', { name: '1. The listings' });
    await panel.dispatchEvent('dragover', { dataTransfer: transfer });
    await panel.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.getByTestId('dataset-status')).toContainText('2 listings loaded from “xss.csv”');
    await embed(page, 2);
    await page.getByTestId('search-input').fill('Python developer');
    const results = page.getByTestId('search-result');
    await expect(results).toHaveCount(2);
    await expect(page.getByTestId('search-result').filter({ hasText: title })).toHaveCount(1);
    await expect(results.filter({ hasText: '<script>window.__xss=2</script>' })).toHaveCount(1);
    await expect(results.filter({ hasText: '<b>Bold</b>' })).toHaveCount(1);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('main img, main script, main svg, main b').count()).toBe(0);
  });

  test('exports .npy and JSON with the same vectors as the page, and a metadata CSV in the same order', async ({
    page,
  }) => {
    // fp32, so that the query "row 17's text" embeds to row 17's vector to 1e-5 (see the cancel test).
    await openSearch(page, { rows: '60', dtype: 'fp32' });
    await expect(page.getByTestId('embed-progress')).toContainText('60 / 60 rows', { timeout: 60_000 });
    const [npyDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export .npy' }).click(),
    ]);
    expect(npyDownload.suggestedFilename()).toBe('job-listings-vectors.npy');
    const bytes = new Uint8Array(await readFile(await npyDownload.path()));
    const npy = parseNpy(bytes);
    expect(npy.version).toEqual([1, 0]);
    expect(npy.dataOffset % 64).toBe(0);
    expect(npy).toMatchObject({ descr: '<f4', fortranOrder: false, shape: [60, 384] });

    const json = await downloadJson<VectorsJson>(page, 'Export JSON');
    expect(json.model).toBe('tiny-bert');
    expect(json.dtype).toBe('fp32');
    expect(json.rows).toHaveLength(60);
    expect(json.rows.map((r) => r.index)).toEqual(DEFAULT_LISTINGS.slice(0, 60).map((row) => row[0]));
    expect(Array.from(npy.values)).toEqual(json.rows.flatMap((r) => r.vector));
    for (const row of json.rows) expect(Math.hypot(...row.vector)).toBeCloseTo(1, 4);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export metadata CSV' }).click(),
    ]);
    const meta = Papa.parse<string[]>(await readFile(await csvDownload.path(), 'utf8'), {
      skipEmptyLines: true,
    }).data;
    expect(meta).toEqual([['index', 'title'], ...json.rows.map((r) => [r.index, r.title])]);
    await expect(page.getByText('vectors = np.load("job-listings-vectors.npy")')).toBeVisible();
    await expect(page.getByText('meta = pd.read_csv("job-listings-metadata.csv")')).toBeVisible();

    // The page's scores for the query "row 17's text" are the exported vectors' cosines with row 17.
    await page.getByLabel('Show top').selectOption('10');
    await page.getByTestId('search-input').fill(ROW_17[2]);
    await expect(page.getByTestId('search-result')).toHaveCount(10);
    await expect(page.getByTestId('search-result').first()).toHaveAttribute('data-row-index', '17');
    const shown = await page.getByTestId('search-result').evaluateAll((items) =>
      items.map((item) => ({
        index: item.getAttribute('data-row-index')!,
        score: Number(item.getAttribute('data-score')),
      })),
    );
    const vectorOf = (index: string) => json.rows.find((r) => r.index === index)!.vector;
    const own = vectorOf('17');
    for (const { index, score } of shown) {
      const exported = vectorOf(index).reduce((sum, value, d) => sum + value * own[d], 0);
      expect(Math.abs(exported - score)).toBeLessThan(1e-4);
    }
  });
});
