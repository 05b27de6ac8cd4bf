import { LENGTH_CHOICES } from '../../../lessons/inside-the-model/lengthQuestion';
import { negativeChoices } from '../../../lessons/looking-at-embeddings/negativesQuestion';

/**
 * The predict-then-reveal questions the class pulse reports, per lesson path, in code order. The id is
 * the question's test id on the page without "predict"; the choices are the page's, so the instructor sees them by name.
 * A question added to a lesson joins the pulse once it is listed here (and the notes give its answer).
 */
export interface PredictQuestion {
  id: string;
  question: string;
  choices: readonly string[];
}

const MODEL_DIMS = 384;

export const PREDICT_QUESTIONS: Readonly<Record<string, readonly PredictQuestion[]>> = {
  '/what-is-an-embedding': [
    {
      id: 'atoms',
      question: 'How many dimensions until there are more corners than atoms in the universe?',
      choices: ['About 80', 'About 270', 'About 1,000', 'About 1,000,000'],
    },
  ],
  '/inside-the-model': [
    {
      id: 'length',
      question: 'Is the length of the average less than 1, 1, or more?',
      choices: LENGTH_CHOICES,
    },
  ],
  '/similarity': [
    {
      id: 'metric',
      question: 'Switching from cosine to Euclidean distance: does the neighbours’ order change?',
      choices: ['Yes, the order changes', 'No, only the numbers change', 'It depends on the sentences'],
    },
  ],
  '/analogies': [
    {
      id: 'king',
      question: 'Will king − man + woman land nearest to queen?',
      choices: ['Yes, queen will be the nearest', 'No, another word will be nearer'],
    },
  ],
  '/looking-at-embeddings': [
    {
      id: 'negatives',
      question: `Of the ${MODEL_DIMS} numbers in a text’s vector, how many are negative?`,
      choices: negativeChoices(MODEL_DIMS),
    },
  ],
};

export const predictQuestionsOf = (path: string): readonly PredictQuestion[] => PREDICT_QUESTIONS[path] ?? [];
