import { describe, expect, it } from 'vitest';
import { arrayOf, nonNegativeInteger, objectWithDefaults, recordOf } from './persistedSchema';

const ticked = recordOf(arrayOf(nonNegativeInteger));
const saved = objectWithDefaults({ ticked }, { ticked: {} });

describe('persisted value schemas', () => {
  it('keep a value that fits', () => {
    expect(saved({ ticked: { '/search': [0, 2] } })).toEqual({ ticked: { '/search': [0, 2] } });
  });

  it('drop the entries that do not fit and keep the rest', () => {
    const value = { ticked: { '/search': 'oops', '/map': [1], '/x': [1, -1], '/y': [0.5], '/z': null } };
    expect(saved(value)).toEqual({ ticked: { '/map': [1] } });
  });

  it('fall back to the defaults for anything else', () => {
    for (const value of [null, undefined, 'text', 42, [], { ticked: [[0]] }, { ticked: 'x' }])
      expect(saved(value)).toEqual({ ticked: {} });
  });
});
