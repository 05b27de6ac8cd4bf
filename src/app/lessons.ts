import type { ComponentType } from 'react';
import { FirstEmbeddingPage } from '../lessons/first-embedding/FirstEmbeddingPage';

export interface LessonEntry {
  path: string;
  title: string;
  summary: string;
  Page: ComponentType;
}

/** The course, in order. Only pages that work are listed. */
export const LESSONS: readonly LessonEntry[] = [
  {
    path: '/first-embedding',
    title: 'Your first embedding',
    summary: 'Type anything and see the 384 numbers the model turns it into.',
    Page: FirstEmbeddingPage,
  },
];
