import type { ComponentType } from 'react';
import { FirstEmbeddingPage } from '../lessons/first-embedding/FirstEmbeddingPage';
import { WhatIsAnEmbeddingPage } from '../lessons/what-is-an-embedding/WhatIsAnEmbeddingPage';
import { WhereEmbeddingsAreUsedPage } from '../lessons/where-embeddings-are-used/WhereEmbeddingsAreUsedPage';
import { SimilarityPage } from '../lessons/similarity/SimilarityPage';
import { AnalogiesPage } from '../lessons/analogies/AnalogiesPage';
import { InsideTheModelPage } from '../lessons/inside-the-model/InsideTheModelPage';
import { LookingAtEmbeddingsPage } from '../lessons/looking-at-embeddings/LookingAtEmbeddingsPage';
import { SearchPage } from '../lessons/search/SearchPage';
import { PcaMapPage } from '../lessons/pca-map/PcaMapPage';

export interface LessonEntry {
  path: string;
  title: string;
  summary: string;
  Page: ComponentType;
}

/** The course, in order. Only pages that work are listed. */
export const LESSONS: readonly LessonEntry[] = [
  {
    path: '/what-is-an-embedding',
    title: 'What is an embedding?',
    summary: 'Words as arrows, meanings that add up, and how much room hundreds of dimensions give.',
    Page: WhatIsAnEmbeddingPage,
  },
  {
    path: '/first-embedding',
    title: 'Your first embedding',
    summary: 'Type anything and see the 384 numbers the model turns it into.',
    Page: FirstEmbeddingPage,
  },
  {
    path: '/inside-the-model',
    title: 'Inside the model',
    summary: 'One sentence, step by step: word pieces, a vector per piece, the average, and scaling to length 1.',
    Page: InsideTheModelPage,
  },
  {
    path: '/similarity',
    title: 'Similarity',
    summary: 'Angle, cosine, dot product and distance: drag two arrows, then compare your own sentences.',
    Page: SimilarityPage,
  },
  {
    path: '/analogies',
    title: 'Analogies',
    summary: 'Does king − man + woman land on queen? Test word arithmetic honestly, against a baseline.',
    Page: AnalogiesPage,
  },
  {
    path: '/looking-at-embeddings',
    title: 'Looking at embeddings',
    summary: 'Bars, colour grids, two texts overlaid, and which dimensions light up together for a set of texts.',
    Page: LookingAtEmbeddingsPage,
  },
  {
    path: '/search',
    title: 'Semantic search',
    summary: 'Embed hundreds of job listings in your browser, search them by meaning, and compare with keyword search.',
    Page: SearchPage,
  },
  {
    path: '/pca-map',
    title: 'The PCA map',
    summary: 'All the listings at once: a map of the two directions of largest spread, and how honest it is.',
    Page: PcaMapPage,
  },
  {
    path: '/where-embeddings-are-used',
    title: 'Where embeddings are used',
    summary: 'Search, RAG, recommendations, images, audio, interpretability and generative models.',
    Page: WhereEmbeddingsAreUsedPage,
  },
];
