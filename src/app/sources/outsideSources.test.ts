import { describe, expect, it } from 'vitest';
import { parseUrlConfig, type BuildDefaults } from '../../config/urlConfig';
import { outsideSources as fromConfig, withoutOutsideSources } from './outsideSources';

const PAGE = 'https://lab.example.edu/course/?workshop=1';

/** As the page does it: parse the URL (src/config), then look for outside addresses. */
const outsideSources = (search: string, page: string, build: BuildDefaults = {}) =>
  fromConfig(parseUrlConfig(search, page, build), page, build);

describe('outsideSources', () => {
  it('finds nothing in a plain link or in files on this site', () => {
    expect(outsideSources('', PAGE)).toEqual([]);
    expect(outsideSources('?modelBase=/fixture-models&model=tiny-bert&dataset=/data/a.csv', PAGE)).toEqual(
      [],
    );
    expect(outsideSources('?model=Xenova/all-MiniLM-L6-v2', PAGE)).toEqual([]);
    expect(outsideSources('?precomputed=https://lab.example.edu/vectors/manifest.json', PAGE)).toEqual([]);
  });

  it('names another host and a non-default hub model, with the address', () => {
    const found = outsideSources(
      '?model=someone/model&dataset=https://data.example/x.csv&precomputed=https://v.example/m.json',
      PAGE,
    );
    expect(found).toEqual([
      { param: 'model', label: 'Model', address: 'https://huggingface.co/someone/model' },
      { param: 'dataset', label: 'Dataset', address: 'https://data.example/x.csv' },
      { param: 'precomputed', label: 'Precomputed vectors', address: 'https://v.example/m.json' },
    ]);
    expect(outsideSources('?modelBase=https://mirror.example/models&model=m', PAGE)).toEqual([
      { param: 'model', label: 'Model', address: 'm' },
      { param: 'modelBase', label: 'Model files from', address: 'https://mirror.example/models' },
    ]);
  });

  it("the build's own defaults are not outside sources", () => {
    expect(outsideSources('?model=tiny-bert', PAGE, { modelId: 'tiny-bert' })).toEqual([]);
    const mirror = { modelBase: 'https://mirror.example/models', precomputed: 'https://v.example/m.json' };
    expect(outsideSources('', PAGE, mirror)).toEqual([]);
    expect(outsideSources('?precomputed=https://other.example/m.json', PAGE, mirror)).toEqual([
      { param: 'precomputed', label: 'Precomputed vectors', address: 'https://other.example/m.json' },
    ]);
  });

  it('leaves refused addresses to the loaders, which refuse them with a message', () => {
    expect(outsideSources('?dataset=javascript:alert(1)&precomputed=http://[', PAGE)).toEqual([]);
  });

  it('removes only the outside sources from the query', () => {
    const search = '?workshop=1&modelBase=https://m.example/models&device=wasm';
    expect(withoutOutsideSources(search, outsideSources(search, PAGE))).toBe('?workshop=1&device=wasm');
  });
});
