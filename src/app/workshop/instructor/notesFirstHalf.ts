import type { StepNotes } from './notes';

export const NOTES_FIRST_HALF: Readonly<Record<string, StepNotes>> = {
  '/what-is-an-embedding': {
    say: [
      'An embedding is a list of numbers for a text; read as coordinates, the text becomes an arrow.',
      'Only the direction matters here: every arrow has length 1, so the angle says how related two texts are.',
      'The pictures on this page are hand-made toys; the real model starts on the next page.',
    ],
    pitfalls: [
      'Thinking the axes have names (“the royalty axis”): a real model’s dimensions are not labelled.',
      'Reading the toy arrows as model output: point at the “hand-made toy picture” notice.',
    ],
    predictAnswers: {
      atoms:
        'About 270. 2²⁶⁶ ≈ 1.2 × 10⁸⁰ is the first power of two above 10⁸⁰ (2²⁶⁵ ≈ 5.9 × 10⁷⁹ falls short). Every 10 dimensions multiply the count by 1,024, so the model’s 384 dimensions give about 10¹¹⁵ corners.',
    },
    exerciseAnswer:
      'N = 33: 2³³ ≈ 8.6 billion corners beat about 8 billion people, while 2³² ≈ 4.3 billion does not. Students who answer 32 or 34 usually read the count one step off: have them type both values into the box.',
  },
  '/first-embedding': {
    say: [
      'Whatever you type, the model answers with the same number of values: 384.',
      'First the text is cut into word pieces from a fixed vocabulary; rare words become several pieces.',
      'The vector is scaled to length 1, so it is the direction that carries the meaning.',
    ],
    pitfalls: [
      'Expecting one number per word: the vector has 384 numbers for any text, one word or a page.',
      'Reading a single dimension as a meaning (“number 17 is about cats”): no single number is readable.',
      'Being surprised that a long text loses its end: the model reads at most 256 pieces.',
    ],
    predictAnswers: {
      'similar-meaning':
        'Live: the page embeds the three sentences and judges the guess by the two cosines it shows. With MiniLM expect the kitten sentence (same meaning, no shared word) to win; if the page shows otherwise, that is the lesson: check claims against the model.',
    },
    exerciseAnswer:
      'What to look for: common words stay one piece, while rare, made-up or misspelled words split into pieces marked ##. A typo usually changes the pieces (and so the vector) more than students expect. The real model’s vocabulary is lowercase, so capitals do not change the pieces.',
  },
  '/inside-the-model': {
    say: [
      'Four steps: word pieces, one vector per piece, the average of those vectors, scaling to length 1.',
      'The piece vectors depend on the whole sentence: the same word gets a different vector in another sentence.',
      'Averaging is why word order counts for less than students think.',
    ],
    pitfalls: [
      'Assuming the average already has length 1: nothing in averaging aims for 1, hence step 4.',
      'Thinking [CLS] and [SEP] are ignored: in mean pooling they count like every other piece.',
    ],
    predictAnswers: {
      length:
        'Live: the page judges the guess against the length it computed. Averaging never makes an arrow longer than the pieces’ average length, but this model’s piece vectors are many units long, so expect the average to be far from 1 (the page shows by how much). The point: only step 4 makes it 1.',
    },
    exerciseAnswer:
      'What to look for: the “kept …%” figure. Averaging arrows that point in different directions shortens them, so texts whose pieces point alike (one word repeated) keep a larger share than long varied sentences. Whatever text a student finds, the average is never longer than the pieces’ average length: that is the triangle inequality.',
  },
  '/similarity': {
    say: [
      'Cosine is the angle’s cosine: 1 for the same direction, 0 for perpendicular, −1 for opposite.',
      'For length-1 vectors the dot product is the cosine, and distance is a fixed function of it.',
      'Then real sentences: the model ranks each sentence’s neighbours; the numbers are live.',
    ],
    pitfalls: [
      'Reading cosine as a percentage of shared meaning (“0.6 means 60% the same”).',
      'Expecting unrelated sentences near 0: with this kind of model, unrelated texts often still score above 0.',
      'Believing a different metric changes the ranking: for length-1 vectors it cannot.',
    ],
    predictAnswers: {
      metric:
        'No, only the numbers change. For length-1 vectors ‖a − b‖² = 2 − 2 cos θ, so a higher cosine always means a smaller distance. This is maths, true for any model: have students check it with the metric switch.',
    },
    exerciseAnswer:
      'What to look for: paraphrases with few shared words (“I loved the film” / “the movie was great”) score high, while sentences that share words but not meaning (“the man bit the dog” / “the dog bit the man”) can score close to 1, because averaging the pieces keeps little of the word order. The page’s numbers decide; ask students to read out their pair and its cosine.',
  },
  '/analogies': {
    say: [
      'Word arithmetic made word2vec famous; this model embeds sentences, so test it, do not assume it.',
      'Judge by the baseline: does A − B + C beat C alone, and is D the nearest candidate?',
    ],
    pitfalls: [
      'Counting a hit when D is near C alone: the baseline shows the arithmetic did not help.',
      'Forgetting that the candidate list decides the answer: adding a distractor can change the rank.',
    ],
    predictAnswers: {
      king: 'Live: the page reports queen’s rank among the candidates and compares the cosine with woman alone. Do not promise yes: sentence models are not trained for word arithmetic, and the answer is whatever the loaded model gives. Either way, ask whether the arithmetic beat the baseline.',
    },
    exerciseAnswer:
      'What to look for: an analogy where D ranks first among the candidates and A − B + C is closer to D than C alone. Many attempts fail, and that is the finding. A good answer names the rank and both cosines; a weak one stops at “D was near”.',
  },
};
