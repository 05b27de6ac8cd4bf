/**
 * Screenshots of every lesson at desktop and phone width, for looking at what we build:
 *   npx vite build && npx vite preview --port 4173 &   then   npx tsx scripts/screenshots.ts [route…]
 * Uses the fixture model, so numbers are real engine output of a random-weight model.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './bench/browser.ts';

const BASE = process.env.SHOTS_URL ?? 'http://127.0.0.1:4173';
const OUT = process.env.SHOTS_DIR ?? 'screenshots';
const QUERY = process.env.SHOTS_QUERY ?? 'device=wasm&modelBase=/fixture-models&model=tiny-bert';
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/first-embedding'];
const SIZES = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
for (const route of routes) {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
    await page.goto(`${BASE}/?${QUERY}#${route}`);
    await page.getByTestId('backend-status').filter({ hasText: ' · ' }).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(Number(process.env.SHOTS_WAIT ?? 1500));
    const file = `${OUT}/${route.replace(/\W+/g, '-').replace(/^-/, '')}-${size.name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
