/**
 * Names for clusters from their own words: class-based TF-IDF (c-TF-IDF, as BERTopic). All texts
 * of a cluster form one document; a word weighs its share of that cluster's words times
 * log(1 + A / f), with A the average number of words per cluster and f the word's count in all
 * clusters. Words that are everywhere score low, words concentrated in one cluster score high.
 * Stop words, single characters and bare numbers are left out; every label word occurs in the texts.
 */
import { tokenize } from './bm25';
import { STOP_WORDS } from './stopWords';

export interface ClusterTerm {
  term: string;
  weight: number;
}

const isLabelWord = (word: string) => word.length > 1 && !/^\p{N}+$/u.test(word) && !STOP_WORDS.has(word);

/**
 * The `top` heaviest words of each cluster, heaviest first (ties: alphabetical). `assignments[i]`
 * is the cluster (0..k-1) of `texts[i]`; an empty cluster gets no words.
 */
export function clusterTopTerms(
  texts: readonly string[],
  assignments: ArrayLike<number>,
  k: number,
  top = 3,
): ClusterTerm[][] {
  if (texts.length !== assignments.length) throw new RangeError('Each text needs one cluster number');
  const counts = Array.from({ length: k }, () => new Map<string, number>());
  const totals = new Float64Array(k);
  const overall = new Map<string, number>();
  texts.forEach((text, i) => {
    const cluster = counts[assignments[i]];
    for (const word of tokenize(text)) {
      if (!isLabelWord(word)) continue;
      cluster.set(word, (cluster.get(word) ?? 0) + 1);
      overall.set(word, (overall.get(word) ?? 0) + 1);
      totals[assignments[i]]++;
    }
  });
  const averageWords = totals.reduce((s, t) => s + t, 0) / k;
  return counts.map((cluster, c) =>
    [...cluster]
      .map(([term, count]) => ({
        term,
        weight: (count / totals[c]) * Math.log(1 + averageWords / overall.get(term)!),
      }))
      .sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, top),
  );
}

export interface ClusterTitles {
  size: number;
  /** The most frequent titles of the cluster, most frequent first (ties: alphabetical). */
  topTitles: { title: string; count: number }[];
  /** Share of the cluster that has its most frequent title (0 for an empty cluster). */
  purity: number;
}

/** Per cluster: size, top `top` titles and purity against the titles (e.g. the Job Title column). */
export function clusterTitleSummary(
  titles: readonly string[],
  assignments: ArrayLike<number>,
  k: number,
  top = 3,
): ClusterTitles[] {
  if (titles.length !== assignments.length) throw new RangeError('Each title needs one cluster number');
  const counts = Array.from({ length: k }, () => new Map<string, number>());
  titles.forEach((title, i) => {
    const cluster = counts[assignments[i]];
    cluster.set(title, (cluster.get(title) ?? 0) + 1);
  });
  return counts.map((cluster) => {
    const ranked = [...cluster]
      .map(([title, count]) => ({ title, count }))
      .sort((a, b) => b.count - a.count || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
    const size = ranked.reduce((s, t) => s + t.count, 0);
    return { size, topTitles: ranked.slice(0, top), purity: size ? ranked[0].count / size : 0 };
  });
}

/** Overall purity: the share of all rows whose title is their cluster's most frequent one. */
export function overallPurity(summary: readonly ClusterTitles[]): number {
  const rows = summary.reduce((s, c) => s + c.size, 0);
  const majority = summary.reduce((s, c) => s + (c.topTitles[0]?.count ?? 0), 0);
  return rows ? majority / rows : 0;
}
