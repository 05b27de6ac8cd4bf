export interface AnalogyWords {
  a: string;
  b: string;
  c: string;
  d: string;
}

/** A − B + C should land near D. */
export const PRESETS: readonly AnalogyWords[] = [
  { a: 'king', b: 'man', c: 'woman', d: 'queen' },
  { a: 'uncle', b: 'man', c: 'woman', d: 'aunt' },
  { a: 'Milwaukee', b: 'Wisconsin', c: 'Illinois', d: 'Chicago' },
  { a: 'Paris', b: 'France', c: 'Italy', d: 'Rome' },
];

/** The presets' answers, words that share their theme, and unrelated words. */
export const DEFAULT_CANDIDATES = [
  'queen',
  'aunt',
  'Chicago',
  'Rome',
  'king',
  'man',
  'woman',
  'uncle',
  'prince',
  'princess',
  'monarch',
  'throne',
  'royal',
  'lady',
  'girl',
  'boy',
  'mother',
  'father',
  'sister',
  'brother',
  'niece',
  'nephew',
  'cousin',
  'wife',
  'Milwaukee',
  'Wisconsin',
  'Illinois',
  'Detroit',
  'Springfield',
  'Madison',
  'Minneapolis',
  'Cleveland',
  'Indianapolis',
  'Paris',
  'France',
  'Italy',
  'Milan',
  'Venice',
  'Naples',
  'Madrid',
  'Berlin',
  'London',
  'Spain',
  'apple',
  'bicycle',
  'ocean',
  'guitar',
  'pizza',
  'mountain',
  'computer',
].join('\n');
