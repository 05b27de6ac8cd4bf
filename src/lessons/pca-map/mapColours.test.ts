import { describe, expect, it } from 'vitest';
import { colourByCluster, colourByRecall, colourByTitle } from './mapColours';

describe('map colourings', () => {
  it('by title: frequent titles get their own code, and the legend counts them', () => {
    const { codes, legend } = colourByTitle(['Nurse', 'Chef', 'Nurse']);
    expect(codes[0]).toBe(codes[2]);
    expect(codes[0]).not.toBe(codes[1]);
    expect(legend.find((e) => e.label === 'Nurse')?.count).toBe(2);
  });

  it('by recall: one code per number of neighbours kept, legend only for steps that occur', () => {
    const { codes, colors, legend } = colourByRecall([0, 0.3, 1, 0.3], 10);
    expect(Array.from(codes)).toEqual([0, 3, 10, 3]);
    expect(colors).toHaveLength(12);
    expect(legend.map((e) => [e.label, e.count])).toEqual([
      ['0 of 10 kept', 1],
      ['3 of 10 kept', 2],
      ['10 of 10 kept', 1],
    ]);
  });

  it('by cluster: codes are the assignments, legend entries carry the labels', () => {
    const { codes, legend } = colourByCluster([1, 0, 1], ['nurse care', 'software data']);
    expect(Array.from(codes)).toEqual([1, 0, 1]);
    expect(legend.map((e) => [e.label, e.count])).toEqual([
      ['1: nurse care', 1],
      ['2: software data', 2],
    ]);
  });
});
