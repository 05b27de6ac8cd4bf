import { describe, expect, it } from 'vitest';
import { parseUrlConfig } from './urlConfig';

const BASE = 'http://localhost:4173/app/';

describe('parseUrlConfig', () => {
  it('reads dataset, rows and the engine settings', () => {
    const config = parseUrlConfig('?dataset=data/x.csv&rows=20&device=wasm&model=tiny-bert', BASE);
    expect(config.datasetUrl).toBe('data/x.csv');
    expect(config.rows).toBe(20);
    expect(config.engine).toMatchObject({ device: 'wasm', modelId: 'tiny-bert' });
  });

  it('drops rows that are not a positive whole number', () => {
    for (const rows of ['0', '-3', '2.5', 'many', ''])
      expect(parseUrlConfig(`?rows=${rows}`, BASE).rows).toBeUndefined();
  });

  it('resolves the precomputed manifest, noting whether someone chose it', () => {
    expect(parseUrlConfig('', BASE).precomputed).toMatchObject({
      url: 'http://localhost:4173/app/precomputed/manifest.json',
      chosen: false,
    });
    expect(parseUrlConfig('', BASE, { precomputed: '/m.json' }).precomputed).toMatchObject({
      url: 'http://localhost:4173/m.json',
      chosen: true,
    });
    const hostile = parseUrlConfig('?precomputed=javascript:alert(1)', BASE).precomputed;
    expect(hostile).toEqual({ url: 'javascript:alert(1)', webAddress: undefined, chosen: true });
  });

  it('reads workshop parameters as typed; the workshop keeps only real lessons', () => {
    expect(parseUrlConfig('?workshop=1&steps=search,%20map,,', BASE).workshop).toEqual({
      enabled: true,
      stepSlugs: ['search', 'map'],
    });
  });
});
