import { LENGTH_CHOICES } from '../../../lessons/inside-the-model/lengthQuestion';
import {
  SIMILAR_MEANING_CHOICES,
  SIMILAR_MEANING_QUESTION,
} from '../../../lessons/first-embedding/predictText';
import { negativeChoices } from '../../../lessons/looking-at-embeddings/negativesQuestion';
import { NOISE_ZERO_CHOICES, NOISE_ZERO_QUESTION } from '../../../lessons/pca-map/predictText';
import { MAP_QUALITY_CHOICES, MAP_QUALITY_QUESTION } from '../../../lessons/pca-map/predictText';
import { NO_SHARED_WORD_CHOICES, NO_SHARED_WORD_QUESTION } from '../../../lessons/search/predictText';
import { RAG_CHOICES, RAG_QUESTION } from '../../../lessons/where-embeddings-are-used/predictText';

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
  '/first-embedding': [
    { id: 'similar-meaning', question: SIMILAR_MEANING_QUESTION, choices: SIMILAR_MEANING_CHOICES },
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
  '/search': [{ id: 'no-shared-word', question: NO_SHARED_WORD_QUESTION, choices: NO_SHARED_WORD_CHOICES }],
  '/pca-map': [
    { id: 'pca-no-noise', question: NOISE_ZERO_QUESTION, choices: NOISE_ZERO_CHOICES },
    { id: 'map-quality', question: MAP_QUALITY_QUESTION, choices: MAP_QUALITY_CHOICES },
  ],
  '/where-embeddings-are-used': [{ id: 'rag-missed-passage', question: RAG_QUESTION, choices: RAG_CHOICES }],
};

export const predictQuestionsOf = (path: string): readonly PredictQuestion[] => PREDICT_QUESTIONS[path] ?? [];
