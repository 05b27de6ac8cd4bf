import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Each lesson page is its own chunk, fetched when the student opens it (App shows a loading line
 * meanwhile); the service worker precaches every chunk, so all lessons still work offline.
 */
function lazyPage<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(() => load().then((module): { default: ComponentType } => ({ default: module[name] })));
}

export interface LessonEntry {
  path: string;
  title: string;
  summary: string;
  /** Workshop mode: what a student should be able to do before the class moves on. */
  checkpoints: readonly string[];
  /** True for lessons whose every widget works without the model (the rest wait for it). */
  worksWithoutModel?: boolean;
  Page: LazyExoticComponent<ComponentType>;
}

/** The course, in order. Only pages that work are listed. */
export const LESSONS: readonly LessonEntry[] = [
  {
    path: '/what-is-an-embedding',
    title: 'What is an embedding?',
    summary: 'Words as arrows, meanings that add up, and how much room hundreds of dimensions give.',
    checkpoints: [
      'I picked a word and saw the others ranked by the angle to it.',
      'I moved the handles and saw run + past tense land near ran.',
      'I can say why hundreds of dimensions leave room for many meanings.',
    ],
    worksWithoutModel: true,
    Page: lazyPage(
      () => import('../lessons/what-is-an-embedding/WhatIsAnEmbeddingPage'),
      'WhatIsAnEmbeddingPage',
    ),
  },
  {
    path: '/first-embedding',
    title: 'Your first embedding',
    summary: 'Type anything and see the 384 numbers the model turns it into.',
    checkpoints: [
      'I typed my own text and saw its 384 numbers.',
      'I found where the word pieces of an unusual word were split.',
      'I checked that the vector’s length (norm) is 1.',
    ],
    Page: lazyPage(() => import('../lessons/first-embedding/FirstEmbeddingPage'), 'FirstEmbeddingPage'),
  },
  {
    path: '/inside-the-model',
    title: 'Inside the model',
    summary:
      'One sentence, step by step: word pieces, a vector per piece, the average, and scaling to length 1.',
    checkpoints: [
      'I can name the four steps: word pieces, a vector per piece, the average, scaling to length 1.',
      'I saw that the average of the piece vectors is not yet of length 1.',
    ],
    Page: lazyPage(() => import('../lessons/inside-the-model/InsideTheModelPage'), 'InsideTheModelPage'),
  },
  {
    path: '/similarity',
    title: 'Similarity',
    summary: 'Angle, cosine, dot product and distance: drag two arrows, then compare your own sentences.',
    checkpoints: [
      'I dragged the two arrows and saw cosine reach 1, 0 and −1.',
      'I can explain why the dot product equals the cosine for vectors of length 1.',
      'I compared my own sentences and found the closest pair.',
    ],
    Page: lazyPage(() => import('../lessons/similarity/SimilarityPage'), 'SimilarityPage'),
  },
  {
    path: '/analogies',
    title: 'Analogies',
    summary: 'Does king − man + woman land on queen? Test word arithmetic honestly, against a baseline.',
    checkpoints: [
      'I made a guess before revealing whether king − man + woman lands on queen.',
      'I compared the result with the baseline (C alone) and added a distractor word.',
    ],
    Page: lazyPage(() => import('../lessons/analogies/AnalogiesPage'), 'AnalogiesPage'),
  },
  {
    path: '/looking-at-embeddings',
    title: 'Looking at embeddings',
    summary:
      'Bars, colour grids, two texts overlaid, and which dimensions light up together for a set of texts.',
    checkpoints: [
      'I found the tallest bar of a vector and its dimension number.',
      'I overlaid two texts and looked at the grid of their difference.',
    ],
    Page: lazyPage(
      () => import('../lessons/looking-at-embeddings/LookingAtEmbeddingsPage'),
      'LookingAtEmbeddingsPage',
    ),
  },
  {
    path: '/search',
    title: 'Semantic search',
    summary:
      'Embed hundreds of job listings in your browser, search them by meaning, and compare with keyword search.',
    checkpoints: [
      'I embedded the listings and ran a search of my own.',
      'I found a query where meaning search beats keyword search (or the other way round).',
    ],
    Page: lazyPage(() => import('../lessons/search/SearchPage'), 'SearchPage'),
  },
  {
    path: '/pca-map',
    title: 'Maps: PCA and UMAP',
    summary:
      'All the listings at once: PCA keeps the two directions of largest spread, UMAP keeps who is near whom, and the page measures how honest each map is.',
    checkpoints: [
      'I hovered the map and found two listings that sit close together.',
      'I can say how much of the spread the two axes keep, and what the map leaves out.',
    ],
    Page: lazyPage(() => import('../lessons/pca-map/PcaMapPage'), 'PcaMapPage'),
  },
  {
    path: '/where-embeddings-are-used',
    title: 'Where embeddings are used',
    summary: 'Search, RAG, recommendations, images, audio, interpretability and generative models.',
    checkpoints: [
      'I can name two uses of embeddings besides search.',
      'I know what RAG uses embeddings for.',
    ],
    worksWithoutModel: true,
    Page: lazyPage(
      () => import('../lessons/where-embeddings-are-used/WhereEmbeddingsAreUsedPage'),
      'WhereEmbeddingsAreUsedPage',
    ),
  },
];

export const LESSON_PATHS: readonly string[] = LESSONS.map((lesson) => lesson.path);

export const lessonAt = (path: string) => LESSONS.find((lesson) => lesson.path === path);
