import { describe, expect, it } from 'vitest';
import { clusterTitleSummary, clusterTopTerms, overallPurity } from './clusterLabels';

describe('clusterTopTerms', () => {
  const texts = [
    'Python developer: Python and SQL for the data team.',
    'Data engineer with Python, Spark and SQL pipelines.',
    'Registered nurse for the night ward; patient care.',
    'Nurse on the children ward team, patient care and families.',
  ];
  const clusters = [0, 0, 1, 1];

  it('ranks words that belong to one cluster above words shared by all, and skips stop words', () => {
    const [code, care] = clusterTopTerms(texts, clusters, 2, 10).map((top) => top.map((t) => t.term));
    // Equal weights go alphabetically: data before sql, care before nurse.
    expect(code.slice(0, 3)).toEqual(['python', 'data', 'sql']);
    expect(care.slice(0, 3)).toEqual(['care', 'nurse', 'patient']);
    // "team" is in both clusters: it ranks below every word found once and only in cluster 0.
    expect(code.indexOf('team')).toBeGreaterThan(code.indexOf('developer'));
    expect(code.indexOf('team')).toBe(code.length - 1);
  });

  it('weighs a word by its share of the cluster times log(1 + average words per cluster / its count)', () => {
    const [code] = clusterTopTerms(texts, clusters, 2, 1);
    // Cluster 0 keeps 12 label words (python ×3), cluster 1 13: 12.5 on average; python occurs 3 times.
    expect(code[0].weight).toBeCloseTo((3 / 12) * Math.log(1 + 12.5 / 3), 12);
  });

  it('never names a cluster with a word it does not contain, and leaves an empty cluster unnamed', () => {
    const terms = clusterTopTerms(texts, clusters, 3, 10);
    const words = (c: number) =>
      texts
        .filter((_, i) => clusters[i] === c)
        .join(' ')
        .toLowerCase();
    for (const c of [0, 1]) for (const { term } of terms[c]) expect(words(c)).toContain(term);
    expect(terms[2]).toEqual([]);
  });

  it('leaves out numbers and single characters', () => {
    const [only] = clusterTopTerms(['5 years of C and R, 2024'], [0], 1, 5);
    expect(only.map((t) => t.term)).toEqual(['years']);
  });
});

describe('clusterTitleSummary', () => {
  it('counts sizes, the top titles and purity per cluster, and overall', () => {
    const titles = ['Nurse', 'Nurse', 'Chef', 'Chef', 'Chef', 'Baker', 'Nurse'];
    const clusters = [0, 0, 0, 1, 1, 1, 2];
    const summary = clusterTitleSummary(titles, clusters, 4, 2);
    expect(summary[0]).toEqual({
      size: 3,
      topTitles: [
        { title: 'Nurse', count: 2 },
        { title: 'Chef', count: 1 },
      ],
      purity: 2 / 3,
    });
    expect(summary[1].topTitles[0]).toEqual({ title: 'Chef', count: 2 });
    expect(summary[2].purity).toBe(1);
    expect(summary[3]).toEqual({ size: 0, topTitles: [], purity: 0 });
    expect(overallPurity(summary)).toBe(5 / 7);
  });
});
