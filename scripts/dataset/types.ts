/** Shapes of the hand-written content pools the job-listing generator draws from. */

/** Which shared company blurbs and benefits fit a title. */
export type Sector = 'tech' | 'health' | 'finance' | 'education' | 'hospitality' | 'logistics' | 'retail';

/**
 * Hand-written content for one job title. Every string may contain `{a|b|c}` alternations,
 * which the generator resolves with the seeded PRNG.
 *
 * Grammar conventions (the renderer relies on them):
 * - `intros`, `context`, `tools`: complete sentences.
 * - `responsibilities`: imperative verb phrases ("Build ...", "Write ..."), ending with a period;
 *   prose styles prefix them with "You will ...".
 * - `requirements`, `niceToHave`: list-item fragments ("3+ years of ...", "Experience with ..."),
 *   ending with a period; rendered as bullets or as a "label: a; b; c." list.
 */
export interface TitlePool {
  /** Exact title string written to the CSV; every listing of this pool uses it unchanged. */
  title: string;
  /** How many listings to generate (8–25). */
  count: number;
  /** Employer sectors whose company blurbs fit; the first one also picks the benefits pool. */
  sectors: Sector[];
  intros: string[];
  context: string[];
  responsibilities: string[];
  requirements: string[];
  tools: string[];
  niceToHave: string[];
}

export interface CompanyBlurb {
  text: string;
  sectors: Sector[];
}

export interface Listing {
  title: string;
  description: string;
}
