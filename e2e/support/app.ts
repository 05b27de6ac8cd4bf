import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

export interface AppOptions {
  device?: 'auto' | 'webgpu' | 'wasm';
  model?: string;
  route?: string;
  extra?: Record<string, string>;
}

/** The app's URL on the generated fixture models, served by vite preview at /fixture-models. */
export function appUrl({
  device = 'wasm',
  model = 'tiny-bert',
  route = '/first-embedding',
  extra = {},
}: AppOptions = {}) {
  const params = new URLSearchParams({ device, modelBase: '/fixture-models', model, ...extra });
  return `/?${params}#${route}`;
}

export async function openApp(page: Page, options: AppOptions = {}): Promise<void> {
  await page.goto(appUrl(options));
}

export async function waitForBackend(page: Page, name: 'WASM' | 'WebGPU'): Promise<void> {
  await expect(page.getByTestId('backend-status')).toContainText(`${name} ·`, { timeout: 60_000 });
}

/** Clicks a button that saves a file and returns the file's parsed JSON. */
export async function downloadJson<T>(page: Page, buttonName: string | RegExp): Promise<T> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  return JSON.parse(await readFile(await download.path(), 'utf8')) as T;
}

export interface VectorDownload {
  model: string;
  dtype: string;
  device: string;
  tokens: string[];
  vector: number[];
}

export function vectorLength(vector: readonly number[]): number {
  return Math.hypot(...vector);
}

/** Types into the first-embedding box and waits until the shown vector is for that text. */
export async function embedOnFirstPage(page: Page, text: string): Promise<void> {
  await page.getByTestId('first-embedding-input').fill(text);
  await expect(page.getByTestId('embedding-result')).toHaveAttribute('aria-busy', 'false', {
    timeout: 60_000,
  });
}
