/**
 * Deterministic job-listing-like texts of 200–260 words for the throughput benchmark. Their
 * meaning is irrelevant (the benchmark model has random weights); their length and word mix are
 * what matter, and they make ~256 word pieces each, the truncation limit.
 */
import { seededRandom } from '../../src/math/random.ts';

const ROLES = [
  'software engineer',
  'data scientist',
  'registered nurse',
  'accountant',
  'web developer',
  'network administrator',
  'teacher',
  'chef',
];
const PHRASES = [
  'we are looking for a motivated',
  'to join our growing team',
  'you will design build and maintain',
  'strong communication skills and attention to detail',
  'experience with python sql and cloud platforms',
  'work closely with product managers designers and customers',
  'competitive salary health insurance and paid leave',
  'a bachelor degree or equivalent experience',
  'on call rotation and incident response',
  'mentor junior colleagues and review their work',
  'flexible hours with two days from home',
  'test automation continuous integration and deployment pipelines',
  'patient care documentation and safety',
  'budgets forecasts audits and monthly reports',
  'lesson plans assessment and parent meetings',
  'fresh seasonal ingredients in a busy kitchen',
  'routers switches firewalls and wireless networks',
];

export function benchmarkTexts(count = 300, seed = 42): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, () => {
    const target = 200 + Math.floor(random() * 61);
    const words: string[] = [...`${pick(ROLES)} wanted.`.split(' ')];
    while (words.length < target) words.push(...`${pick(PHRASES)}.`.split(' '));
    return words.slice(0, target).join(' ');
  });
}
