/**
 * Assembles one listing from a title's content pools: picks sentences with the seeded PRNG, grows
 * the listing until it reaches a target length, and renders it in one of four layouts (flat prose,
 * paragraphs, headed bullet sections, compact scraped-looking lines).
 */
import { Rng } from './rng';
import {
  BENEFITS,
  CLOSINGS,
  COMPANY_BLURBS,
  HEADINGS,
  PROSE_LIST_LABELS,
  RESPONSIBILITY_LEADS,
} from './shared';
import type { TitlePool } from './types';

export const MIN_WORDS = 80;
export const MAX_WORDS = 400;
/** The generator aims inside a small margin so edits to the pools don't tip rows over the limits. */
const SAFE_MIN = 85;
const SAFE_MAX = 395;

/** Words = whitespace-separated tokens (bullet markers count too). This is the checker's main rule. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Alternative rule some tools use: runs of letters/digits ("CI/CD" and "don't" count as two). */
export function countWordsAlnum(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Both measures, so a listing stays inside the limits whichever way a consumer counts. */
function wordRange(text: string): { low: number; high: number } {
  const a = countWords(text);
  const b = countWordsAlnum(text);
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/** Resolves `{a|b|c}` alternations. */
export function expand(template: string, rng: Rng): string {
  return template.replace(/\{([^{}]+)\}/g, (_match, body: string) => rng.pick(body.split('|')));
}

type Style = 'flat' | 'paragraphs' | 'sections' | 'compact';
type GrowKey = 'context' | 'responsibilities' | 'requirements' | 'tools' | 'niceToHave' | 'benefits';

/** First words that are names or acronyms and keep their capital when a list item is lowercased. */
const KEEP_CAPITAL = new Set([
  'Oracle',
  'Python',
  'Java',
  'Kotlin',
  'Swift',
  'Spark',
  'Scala',
  'Docker',
  'Figma',
  'English',
  'Dart',
  'Linux',
  'C++',
]);

function lowerFirst(text: string): string {
  const firstWord = text.split(/[\s,/]/)[0];
  if (KEEP_CAPITAL.has(firstWord) || /[A-Z0-9]/.test(firstWord.slice(1))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Intros that already say what kind of employer this is; a shared company blurb would contradict them. */
const OWN_EMPLOYER = /\b(agency|startup|research group|our practice|café and bakery)\b/i;

/** In prose layouts, responsibilities past this many are folded into one list sentence. */
const MAX_PROSE_RESPONSIBILITIES = 4;

const stripPeriod = (text: string): string => text.replace(/\.$/, '');

function proseList(label: string, items: string[]): string {
  return `${label}: ${items.map((item) => lowerFirst(stripPeriod(item))).join('; ')}.`;
}

interface Layout {
  style: Style;
  companyFirst: boolean;
  bullet: string;
  headingColon: boolean;
  stripBulletPeriods: boolean;
  aboutHeading: string | null;
  headings: { responsibilities: string; requirements: string; niceToHave: string; offer: string };
  proseLabels: { requirements: string; niceToHave: string; moreResponsibilities: string };
  responsibilityLeads: string[];
}

interface Selection {
  intro: string;
  company: string | null;
  closing: string | null;
  pools: Record<GrowKey, string[]>;
  counts: Record<GrowKey, number>;
}

function pickLayout(rng: Rng): Layout {
  const roll = rng.next();
  const style: Style =
    roll < 0.35 ? 'flat' : roll < 0.6 ? 'paragraphs' : roll < 0.85 ? 'sections' : 'compact';
  return {
    style,
    companyFirst: rng.chance(0.4),
    bullet: style === 'compact' ? rng.pick(['• ', '', '- ']) : rng.pick(['- ', '* ', '• ']),
    headingColon: style === 'compact' ? rng.chance(0.3) : rng.chance(0.7),
    stripBulletPeriods: rng.chance(0.4),
    aboutHeading: rng.chance(0.4) ? rng.pick(HEADINGS.about) : null,
    headings: {
      responsibilities: rng.pick(HEADINGS.responsibilities),
      requirements: rng.pick(HEADINGS.requirements),
      niceToHave: rng.pick(HEADINGS.niceToHave),
      offer: rng.pick(HEADINGS.offer),
    },
    proseLabels: {
      requirements: rng.pick(PROSE_LIST_LABELS.requirements),
      niceToHave: rng.pick(PROSE_LIST_LABELS.niceToHave),
      moreResponsibilities: rng.pick(PROSE_LIST_LABELS.moreResponsibilities),
    },
    responsibilityLeads: [RESPONSIBILITY_LEADS[0], ...rng.shuffle(RESPONSIBILITY_LEADS.slice(1))],
  };
}

function take(selection: Selection, key: GrowKey): string[] {
  return selection.pools[key].slice(0, selection.counts[key]);
}

function render(selection: Selection, layout: Layout): string {
  const context = take(selection, 'context');
  const responsibilities = take(selection, 'responsibilities');
  const requirements = take(selection, 'requirements');
  const tools = take(selection, 'tools');
  const niceToHave = take(selection, 'niceToHave');
  const benefits = take(selection, 'benefits');
  const { company, closing, intro } = selection;
  const companyFirst = company && layout.companyFirst ? company : null;
  const companyLast = company && !layout.companyFirst ? company : null;

  if (layout.style === 'flat' || layout.style === 'paragraphs') {
    // A few responsibilities as "You will ..." sentences; any beyond that as one list sentence.
    const leads = layout.responsibilityLeads;
    const asSentences = responsibilities.slice(0, MAX_PROSE_RESPONSIBILITIES);
    const rest = responsibilities.slice(MAX_PROSE_RESPONSIBILITIES);
    const responsibilitySentences = [
      ...asSentences.map((item, i) => leads[i % leads.length] + lowerFirst(item)),
      ...(rest.length ? [proseList(layout.proseLabels.moreResponsibilities, rest)] : []),
    ];
    const paragraphs: string[][] = [
      companyFirst ? [companyFirst] : [],
      [intro, ...context],
      responsibilitySentences,
      [...(requirements.length ? [proseList(layout.proseLabels.requirements, requirements)] : []), ...tools],
      niceToHave.length ? [proseList(layout.proseLabels.niceToHave, niceToHave)] : [],
      [...(companyLast ? [companyLast] : []), ...benefits, ...(closing ? [closing] : [])],
    ];
    const filled = paragraphs.filter((p) => p.length > 0).map((p) => p.join(' '));
    return filled.join(layout.style === 'flat' ? ' ' : '\n\n');
  }

  // Headed sections with bullet lines; "compact" drops the blank lines between blocks.
  const heading = (text: string): string => (layout.headingColon ? `${text}:` : text);
  const bullets = (items: string[]): string[] =>
    items.map((item) => layout.bullet + (layout.stripBulletPeriods ? stripPeriod(item) : item));
  const blocks: string[][] = [
    companyFirst ? [companyFirst] : [],
    [...(layout.aboutHeading ? [heading(layout.aboutHeading)] : []), [intro, ...context].join(' ')],
    responsibilities.length ? [heading(layout.headings.responsibilities), ...bullets(responsibilities)] : [],
    requirements.length ? [heading(layout.headings.requirements), ...bullets(requirements)] : [],
    tools.length ? [tools.join(' ')] : [],
    niceToHave.length ? [heading(layout.headings.niceToHave), ...bullets(niceToHave)] : [],
    companyLast ? [companyLast] : [],
    benefits.length ? [heading(layout.headings.offer), ...bullets(benefits)] : [],
    closing ? [closing] : [],
  ];
  const separator = layout.style === 'compact' ? '\n' : '\n\n';
  return blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join(separator);
}

/** Order in which sections grow towards the target length; repeats weight the common sections. */
const GROW_ORDER: GrowKey[] = [
  'responsibilities',
  'requirements',
  'responsibilities',
  'requirements',
  'tools',
  'niceToHave',
  'context',
  'benefits',
  'responsibilities',
  'niceToHave',
  'requirements',
  'context',
];
const MIN_COUNTS: Record<GrowKey, number> = {
  context: 0,
  responsibilities: 2,
  requirements: 2,
  tools: 0,
  niceToHave: 0,
  benefits: 0,
};
const SHRINK_ORDER: GrowKey[] = [
  'niceToHave',
  'benefits',
  'tools',
  'context',
  'responsibilities',
  'requirements',
];

/**
 * Composes the `index`-th listing for a title. `rng` is the title's own stream, so listings of one
 * title depend only on the seed and that title's pools.
 */
export function composeListing(pool: TitlePool, index: number, intros: string[], rng: Rng): string {
  // Length class: short (30%), medium (45%), long (25%).
  const roll = rng.next();
  const target = roll < 0.3 ? rng.int(SAFE_MIN, 140) : roll < 0.75 ? rng.int(141, 260) : rng.int(261, 380);
  const layout = pickLayout(rng);

  const intro = expand(intros[index % intros.length], rng);
  const sector = rng.chance(0.6) ? pool.sectors[0] : rng.pick(pool.sectors);
  const blurbs = OWN_EMPLOYER.test(intro)
    ? []
    : COMPANY_BLURBS.filter((blurb) => blurb.sectors.includes(sector));
  const company = blurbs.length > 0 && rng.chance(0.65) ? expand(rng.pick(blurbs).text, rng) : null;
  const closing = rng.chance(0.6) ? expand(rng.pick(CLOSINGS), rng) : null;

  const expandAll = (items: string[]): string[] => rng.shuffle(items).map((item) => expand(item, rng));
  const selection: Selection = {
    intro,
    company,
    closing,
    pools: {
      context: expandAll(pool.context),
      responsibilities: expandAll(pool.responsibilities),
      requirements: expandAll(pool.requirements),
      tools: expandAll(pool.tools),
      niceToHave: expandAll(pool.niceToHave),
      // Benefits follow the kind of job (the title's main sector), not the employer: a developer at a
      // haulage firm gets developer perks, not drivers' overtime rates.
      benefits: expandAll(BENEFITS[pool.sectors[0]]),
    },
    counts: {
      context: rng.chance(0.7) ? 1 : 0,
      responsibilities: 2,
      requirements: 2,
      tools: 0,
      niceToHave: 0,
      benefits: 0,
    },
  };

  const canGrow = (key: GrowKey): boolean => selection.counts[key] < selection.pools[key].length;
  let step = rng.int(0, GROW_ORDER.length - 1);
  let text = render(selection, layout);
  while (wordRange(text).low < target) {
    let grown = false;
    for (let tries = 0; tries < GROW_ORDER.length && !grown; tries++) {
      const key = GROW_ORDER[step++ % GROW_ORDER.length];
      if (canGrow(key)) {
        selection.counts[key]++;
        grown = true;
      }
    }
    if (!grown) break;
    text = render(selection, layout);
  }

  // Overshoot from the last added sentence: trim optional material until under the cap.
  for (const key of SHRINK_ORDER) {
    while (wordRange(text).high > SAFE_MAX && selection.counts[key] > MIN_COUNTS[key]) {
      selection.counts[key]--;
      text = render(selection, layout);
    }
  }
  if (wordRange(text).high > SAFE_MAX && selection.closing) {
    selection.closing = null;
    text = render(selection, layout);
  }

  const { low, high } = wordRange(text);
  if (low < SAFE_MIN || high > SAFE_MAX) {
    throw new Error(
      `${pool.title} #${index}: ${low}–${high} words, outside ${SAFE_MIN}–${SAFE_MAX}; adjust the pools`,
    );
  }
  return text;
}
