import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './textHash';

describe('sha256Hex', () => {
  it('matches the known digest of "abc" and node:crypto on non-ASCII text', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const text = 'Café 東京 — \n data scientist';
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('tells texts apart that differ in one character', async () => {
    expect(await sha256Hex('nurse')).not.toBe(await sha256Hex('Nurse'));
  });
});
