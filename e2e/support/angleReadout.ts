import { expect, type Locator, type Page } from '@playwright/test';
import { cosineOf, distanceOf, dotOf, readNumber } from './vectorMath';

/** The Similarity lesson's readout numbers for the current pair. */
export async function readout(page: Page) {
  const value = async (id: string) => readNumber(await page.getByTestId(id).textContent());
  return {
    dot: await value('readout-dot'),
    cosine: await value('readout-cosine'),
    angle: await value('readout-angle'),
    distance: await value('readout-distance'),
  };
}

/** What the readout must show for a and b, rounded as the page prints them. */
export function expectedReadout(a: number[], b: number[]) {
  const cosine = cosineOf(a, b);
  return {
    dot: Number(dotOf(a, b).toFixed(3)),
    cosine: Number(cosine.toFixed(3)),
    angle: Number(((Math.acos(cosine) * 180) / Math.PI).toFixed(1)),
    distance: Number(distanceOf(a, b).toFixed(3)),
  };
}

/** A VectorPlane handle's position, from its accessible name "… at (x, y). …". */
export async function handlePosition(handle: Locator): Promise<number[]> {
  const label = await handle.getAttribute('aria-label');
  const match = /at \((-?[\d.]+), (-?[\d.]+)\)/.exec(label ?? '');
  expect(match, `no position in "${label}"`).not.toBeNull();
  return [Number(match![1]), Number(match![2])];
}
