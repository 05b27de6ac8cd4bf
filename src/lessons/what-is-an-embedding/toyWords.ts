import { fromPolar, type Vec2 } from '../../math/vector2d';

/**
 * Hand-placed toy data for the 2-D figures. Not model output: the positions were chosen by us to
 * illustrate the idea, and the page says so next to every figure that uses them.
 */

export type WordGroup = 'animal' | 'vehicle' | 'fruit';

export interface ToyWord extends Vec2 {
  word: string;
  group: WordGroup;
}

/** Okabe–Ito hues, darkened enough to read as text on white. */
export const GROUP_COLORS: Record<WordGroup, string> = {
  animal: '#0072b2',
  vehicle: '#b3471d',
  fruit: '#007a5a',
};

export const GROUP_NAMES: Record<WordGroup, string> = {
  animal: 'animals',
  vehicle: 'vehicles',
  fruit: 'fruit',
};

/** Length-1 arrows, like the model's embeddings, so only the direction differs. */
const word = (text: string, group: WordGroup, degrees: number): ToyWord => ({
  word: text,
  group,
  ...fromPolar(1, degrees),
});

export const MEANING_WORDS: readonly ToyWord[] = [
  word('kitten', 'animal', 12),
  word('cat', 'animal', 27),
  word('dog', 'animal', 50),
  word('puppy', 'animal', 64),
  word('bicycle', 'vehicle', 105),
  word('car', 'vehicle', 128),
  word('truck', 'vehicle', 146),
  word('apple', 'fruit', 208),
  word('banana', 'fruit', 228),
];

export interface TenseWord extends Vec2 {
  word: string;
  past: boolean;
}

/** The past-tense arrow that takes each verb in this toy to its past form. */
export const PAST_TENSE: Vec2 = { x: 0.4, y: 1.6 };

const present = (text: string, x: number): TenseWord => ({ word: text, x, y: 0.5, past: false });
const past = (text: string, { x, y }: TenseWord): TenseWord => ({
  word: text,
  x: x + PAST_TENSE.x,
  y: y + PAST_TENSE.y,
  past: true,
});

const WALK = present('walk', 1);
const RUN_WORD = present('run', 2);
const SWIM = present('swim', 3);

export const TENSE_WORDS: readonly TenseWord[] = [
  WALK,
  RUN_WORD,
  SWIM,
  past('walked', WALK),
  past('ran', RUN_WORD),
  past('swam', SWIM),
];

export const RUN: Vec2 = { x: RUN_WORD.x, y: RUN_WORD.y };
